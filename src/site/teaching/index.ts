// The teaching blocks chapters use without importing (they come through the MDX component map).
export { Answer } from './Answer';
export { Challenge } from './Challenge';
export { DeepDive } from './DeepDive';
export { Hint } from './Hint';
export { Note } from './Note';
export { Pitfall } from './Pitfall';
export { Recap } from './Recap';
