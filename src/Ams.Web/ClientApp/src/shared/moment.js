// Moments in Western Indonesia Time, as the rest of the product shows them (with the zone named), with seconds:
// 24-05-2019 14:34:05 WIB.
export function moment(at) {
  if (!at) {
    return '';
  }
  const wib = new Date(new Date(at).getTime() + 7 * 3600 * 1000);
  const two = n => String(n).padStart(2, '0');
  return `${two(wib.getUTCDate())}-${two(wib.getUTCMonth() + 1)}-${wib.getUTCFullYear()} ` +
    `${two(wib.getUTCHours())}:${two(wib.getUTCMinutes())}:${two(wib.getUTCSeconds())} WIB`;
}
