// The teaching blocks chapters use without importing (they come through the MDX component map).
// Answer and Hint are not here: they are islands (src/site/islands/islands.ts).
export { Challenge } from './Challenge';
export { DeepDive } from './DeepDive';
export { Note } from './Note';
export { Pitfall } from './Pitfall';
export { Recap } from './Recap';
