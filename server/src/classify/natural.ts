// natural's modules call dotenv when loaded; keep it quiet, and never load the package root.
process.env.DOTENV_CONFIG_QUIET ??= 'true';

import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer';

export { AggressiveTokenizer, BayesClassifier, PorterStemmer };
