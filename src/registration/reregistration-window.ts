import { addMonths } from '../workflow/calendar';

/** Months before the expiry the re-registration window opens (seed 000: 证书有效期到期前 3 个月). */
export const WINDOW_OPENS_MONTHS_BEFORE = 3;
/** Months after the expiry it closes (seed 000: 证书有效期截止后 12 个月内). */
export const WINDOW_CLOSES_MONTHS_AFTER = 12;
/** Years a re-registration adds, counted from the old expiry (seed 000: 自原证书截止日期延续计算). */
export const REREGISTRATION_VALID_YEARS = 5;

/** A re-registration window: both days included (China dates). */
export interface ReregistrationWindow {
  opensOn: string;
  closesOn: string;
}

/** The window of the validity that ends on `validUntil`. */
export function reregistrationWindow(validUntil: string): ReregistrationWindow {
  return { opensOn: addMonths(validUntil, -WINDOW_OPENS_MONTHS_BEFORE), closesOn: addMonths(validUntil, WINDOW_CLOSES_MONTHS_AFTER) };
}

/** Whether a China date lies inside the window. */
export function insideWindow(window: ReregistrationWindow, today: string): boolean {
  return today >= window.opensOn && today <= window.closesOn;
}

/** The validity a granted re-registration gives: 5 years from the old expiry, not from the decision. */
export function renewedValidity(expiring: string): { validFrom: string; validUntil: string } {
  return { validFrom: expiring, validUntil: addMonths(expiring, REREGISTRATION_VALID_YEARS * 12) };
}
