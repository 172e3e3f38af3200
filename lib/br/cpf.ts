export { cpfCheckDigits, cpfDigits, isValidCpf } from '@/lib/tatodesk/contract/cpf';
import { cpfDigits } from '@/lib/tatodesk/contract/cpf';

export const formatCpf = (value: string) => cpfDigits(value).replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4');
