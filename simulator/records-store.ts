import { notFound } from './errors';
import type { SimPulseSession, SimState, SimSurveyAnswers } from './state';

const raise = (error: Error): never => {
  throw error;
};

/** Survey answers and Pulse's sessions with their events: kept as sent, read by the tests. */
export class SimRecords {
  constructor(
    private readonly state: () => SimState,
    private readonly now: () => Date,
    private readonly save: () => void,
  ) {}

  surveyAnswers = (): readonly SimSurveyAnswers[] => this.state().surveyAnswers;

  pulseSessions = (): readonly SimPulseSession[] => this.state().pulse;

  /** A Pulse app session; its events are added to it by `pulseEvent`. */
  pulseSession(session: Omit<SimPulseSession, 'sessionID' | 'at' | 'events'>): SimPulseSession {
    const record = {
      ...session,
      sessionID: `ps_${this.state().pulse.length + 1}`,
      at: this.now().toISOString(),
      events: [],
    };
    this.state().pulse.push(record);
    this.save();
    return record;
  }

  pulseEvent(sessionID: string, event: SimPulseSession['events'][number]): void {
    const session = this.state().pulse.find((s) => s.sessionID === sessionID) ?? raise(notFound('app session'));
    session.events.push(event);
    this.save();
  }

  /** A survey's answers, registered as sent (the handler has checked them against the form). */
  registerSurveyAnswers(answers: Omit<SimSurveyAnswers, 'ID' | 'at'>): SimSurveyAnswers {
    const record = { ...answers, ID: `ans_${this.state().surveyAnswers.length + 1}`, at: this.now().toISOString() };
    this.state().surveyAnswers.push(record);
    this.save();
    return record;
  }
}
