/** "2026/27-Q2" on two lines, year over quarter, so eight quarter columns fit beside the names. */
export function QuarterLabel({ quarter }: { quarter: string }) {
  const [year, q] = quarter.split('-');
  return q ? <><span className="quarter-year">{year}</span> <span>{q}</span></> : <>{quarter}</>;
}
