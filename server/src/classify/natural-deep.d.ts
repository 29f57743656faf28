// natural ships types only for its package root, which we must not import (it loads database
// clients and reads .env). These describe the three deep modules the classifier uses.
declare module 'natural/lib/natural/classifiers/bayes_classifier' {
  type Classification = { label: string; value: number };
  class BayesClassifier {
    constructor(stemmer?: unknown, smoothing?: number);
    /** With an array the tokens are used as they are; a string would be stemmed by natural's own tokenizer. */
    addDocument(tokens: readonly string[], label: string): void;
    train(): void;
    /** A string is tokenised and stemmed by natural itself; an array is used as it is. */
    getClassifications(observation: string | readonly string[]): Classification[];
    classify(tokens: readonly string[]): string;
    features: Record<string, number>;
  }
  export = BayesClassifier;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(token: string): string };
  export = PorterStemmer;
}

declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer' {
  class AggressiveTokenizer {
    tokenize(text: string): string[];
  }
  export = AggressiveTokenizer;
}
