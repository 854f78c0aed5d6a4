/**
 * Server text that may be long or hostile (a place, a user agent, a reason): cut with an ellipsis, the full text in
 * the title, isolated from the text around it (an RTL override inside stays inside); "—" when there is none.
 */
export function ClipText({ text, shown, wide }: { text: string | undefined; shown?: string; wide?: boolean }) {
  if (!text) return <>—</>;
  return (
    <bdi className={wide ? 'clip-text clip-wide' : 'clip-text'} title={text}>
      {shown ?? text}
    </bdi>
  );
}
