// The page a staff page's forbidden() shows (with script; without it the proxy has answered first).
export { default } from './not-for-role/page';
