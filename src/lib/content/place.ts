/**
 * A place as a card shows it: its name without the directions in brackets and without the
 * province-city-district prefix of a full address, so a card's place fits one line on a phone
 * (issue 14, point 6). The activity's own page shows the place in full.
 */
export function shortPlace(place: string | null | undefined): string {
  if (!place) return ''
  const withoutNote = place.replace(/[（(][^）)]*[）)]/g, '').trim()
  const lastPart = withoutNote.split(/\s+/).filter(Boolean).at(-1) ?? withoutNote
  const name = /[省市区县街道]/.test(withoutNote) && lastPart !== withoutNote ? lastPart : withoutNote
  return name || place
}
