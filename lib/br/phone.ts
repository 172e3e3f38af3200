// Area codes (DDD) in use in Brazil, per Anatel.
const areaCodes = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48,
  49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69, 71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89,
  91, 92, 93, 94, 95, 96, 97, 98, 99,
]);

/** Digits only, without the country code: "+55 (11) 91234-5678" → "11912345678". */
export function phoneDigits(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length > 11 && digits.startsWith('55') ? digits.slice(2) : digits;
}

const hasAreaCode = (digits: string) => areaCodes.has(Number(digits.slice(0, 2)));

/** A Brazilian mobile: area code, then 9 and eight digits. */
export const isMobilePhone = (value: string) => {
  const digits = phoneDigits(value);
  return /^\d{2}9\d{8}$/.test(digits) && hasAreaCode(digits);
};

/** Any Brazilian phone with area code: landline (8 digits) or mobile. */
export const isPhone = (value: string) => {
  const digits = phoneDigits(value);
  return (/^\d{2}[2-5]\d{7}$/.test(digits) || /^\d{2}9\d{8}$/.test(digits)) && hasAreaCode(digits);
};

/** "11912345678" → "(11) 91234-5678"; anything else as it came. */
export function formatPhone(value: string): string {
  const d = phoneDigits(value);
  if (d.length === 11) return `(${d.slice(0, 2)}) ${d.slice(2, 7)}-${d.slice(7)}`;
  if (d.length === 10) return `(${d.slice(0, 2)}) ${d.slice(2, 6)}-${d.slice(6)}`;
  return value;
}
