import { z } from 'zod';
import { id, single } from './common';

/**
 * Survey: "Forms" returns "the full details of a survey form … such as name, description, image,
 * colors and scale type"; "Register form answers" sends "both the form identification information
 * and the set of filled questions and answers". The fields are ours (docs/tatodesk-contract.md).
 */
const question = z.object({
  ID: id,
  title: z.string().min(1).max(300),
  /** `scale`: a number on the form's scale; `choice`: one of its options; `text`: free words. */
  type: z.enum(['scale', 'choice', 'text']),
  required: z.boolean().default(false),
  options: z
    .array(z.object({ ID: id, label: z.string().min(1).max(200) }))
    .max(20)
    .default([]),
});

/** The form's scale: its lowest and highest value and their words ("Muito insatisfeito" … "Muito satisfeito"). */
const scale = z.object({
  min: z.number().int().min(0).max(1),
  max: z.number().int().min(2).max(10),
  minLabel: z.string().max(100).default(''),
  maxLabel: z.string().max(100).default(''),
});

export const surveyWire = {
  getSurveyForm: {
    request: z.object({ formID: id }),
    response: single(
      z.object({
        ID: id,
        name: z.string().min(1).max(200),
        description: z.string().max(1000).default(''),
        scaleType: z.string().max(40).default('numeric'),
        scale: scale.default({ min: 1, max: 5, minLabel: '', maxLabel: '' }),
        questions: z.array(question).min(1).max(20),
      }),
    ),
  },
  registerFormAnswers: {
    request: z.object({
      formID: id,
      /** What the answers are about: the attendance's protocol and its unit. */
      reference: z.string().min(1).max(40),
      attendanceUnitID: id.optional(),
      answers: z
        .array(z.object({ questionID: id, value: z.union([z.number(), z.string().max(2000)]) }))
        .min(1)
        .max(20),
    }),
    response: single(z.object({ ID: z.union([z.string().min(1).max(64), z.number()]) }).loose()),
  },
};
