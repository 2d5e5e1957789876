/** Book-wide text shared by the header, the home page and page titles. */
export const book = {
  title: 'Descent',
  tagline: 'An interactive textbook on how neural networks are trained.',
  description:
    'Descent teaches how neural networks learn, one idea at a time: every chapter pairs the math with a widget you can drag. ' +
    'Change a learning rate and watch a trajectory bend, zig-zag or fly off a loss surface.',
} as const;
