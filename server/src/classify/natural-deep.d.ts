// natural ships types only for its package root, which we must not import (it loads database
// clients and reads .env). This describes the deep module the classifier uses.
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(token: string): string };
  export = PorterStemmer;
}
declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}
