/**
 * Marks the server HTML of a part that needs React in the visitor's browser (a form's enhancement, the live
 * preview's refresh). A site page without one is sent without Next's client runtime at all; a page with one
 * runs it once an island is on screen or touched (src/lib/http/clientRuntime.ts). Until then the island must
 * work as it does without JavaScript, with uncontrolled fields so that nothing typed meanwhile is lost. A
 * client component whose work needs hydration spreads `island` on its outermost element.
 */
export const ISLAND_ATTRIBUTE = 'data-linli-island'
export const island = { [ISLAND_ATTRIBUTE]: '' } as const
