export { detectLanguage, type LanguageGuess } from './detect-language.js';
export { splitSentences } from './sentences.js';
export { allCreditMarkers, loadLangPacks, packFor, type LangPack, type LangPacks } from './lang-pack.js';
