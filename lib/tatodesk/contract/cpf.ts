/** CPF as Tatodesk takes it: 9 digits and 2 check digits (módulo 11), as the Receita Federal defines them. */
export function cpfCheckDigits(base: string): string {
  const digit = (digits: string) => {
    const weightStart = digits.length + 1;
    const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (weightStart - i), 0);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  const first = digit(base);
  return `${first}${digit(base + first)}`;
}

export const cpfDigits = (value: string) => value.replace(/\D/g, '');

export function isValidCpf(value: string): boolean {
  const digits = cpfDigits(value);
  // Repeated digits pass the arithmetic but are never issued.
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  return cpfCheckDigits(digits.slice(0, 9)) === digits.slice(9);
}
