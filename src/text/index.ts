export { detectLanguage, isDetectable, type LanguageGuess } from './detect-language.js';
export { splitSentences } from './sentences.js';
export { foldKey, lowerKey, setElisions, setFinalSpellings, tokenize, type Token } from './tokens.js';
export { phraseKeys, type KeyForm } from './phrase-keys.js';
export { langCodes, loadLangPacks, packFor, pageWords, type LangPack, type LangPacks } from './lang-pack.js';
export { loadSettings, type Settings } from './settings.js';
export { textDocument } from './text-document.js';
export { containment, decodeSignature, encodeSignature, fingerprint, isNearCopy, similarity, type Fingerprint } from './fingerprint.js';
