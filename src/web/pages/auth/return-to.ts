// Only same-site paths are followed after login: an open redirect would let a link send users elsewhere.
export function safeReturnTo(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/logg-inn') || value.startsWith('/innlogging-feilet')) return '/';
  return value;
}
