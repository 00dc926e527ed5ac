export { detectLanguage, type LanguageGuess } from './detect-language.js';
export { splitSentences } from './sentences.js';
export { foldKey, lowerKey, tokenize, type Token } from './tokens.js';
export { allCreditMarkers, loadLangPacks, packFor, type LangPack, type LangPacks } from './lang-pack.js';
export { textDocument } from './text-document.js';
