// natural's modules call dotenv when loaded; keep it quiet, and never load the package root.
process.env.DOTENV_CONFIG_QUIET ??= 'true';

import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { words as stopwords } from 'natural/lib/natural/util/stopwords';

export { PorterStemmer, stopwords };
