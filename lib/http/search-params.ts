/** A page's search params as Next hands them over: a key may repeat. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a key, whether it came once or several times. */
export const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export const readParam = (search: SearchParams, name: string) => firstValue(search[name]);
