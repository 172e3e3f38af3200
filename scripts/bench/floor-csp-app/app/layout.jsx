// The floor's layout, as it is.
export { default } from '../../floor-app/app/layout';
