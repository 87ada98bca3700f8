import { SafetyPage } from './SafetyPage';

/** `#/safety`: one page (user name, backups, change history); nothing in the address but its name. */
export function SafetySection() {
  return <SafetyPage />;
}
