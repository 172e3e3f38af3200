import type { EndpointName, ParsedRequestOf, WireResponseOf } from '@/lib/tatodesk/contract/endpoints';
import type { UploadedFile } from '../http';
import type { SimStore } from '../store';

export type HandlerContext = {
  publicUrl: string;
  file?: UploadedFile;
};
type Handler<N extends EndpointName> = (
  store: SimStore,
  body: ParsedRequestOf<N>,
  ctx: HandlerContext,
) => WireResponseOf<N>;

/** Handlers for some of the endpoints: each family in its own file, joined in ./index.ts. */
export type Handlers<N extends EndpointName> = { [K in N]: Handler<K> };
