/**
 * End markers in the languages other than English that the line classifier (./lines.ts) reads
 * pages in: the short headers that open the furniture after an article ("Sur le même sujet",
 * "Mehr zum Thema", "Artículos relacionados"). The English ones are in
 * `data/lexicon/boilerplate.json`; these follow them header for header (related, read also, most
 * read, tags, comments, more on the subject), lower-cased.
 */
export const FOREIGN_END_MARKERS: ReadonlySet<string> = new Set([
  // French
  'sur le même sujet', 'à lire aussi', 'a lire aussi', 'lire aussi', 'à voir aussi', 'voir aussi', 'les plus lus',
  'articles liés', 'articles similaires', 'dans la même rubrique', 'commentaires', 'mots-clés', 'mots clés',
  'vous aimerez aussi', 'nos articles', 'à la une',
  // German
  'mehr zum thema', 'zum thema', 'lesen sie auch', 'auch interessant', 'das könnte sie auch interessieren',
  'weitere artikel', 'verwandte artikel', 'ähnliche artikel', 'meistgelesen', 'meistgelesene artikel',
  'kommentare', 'schlagworte', 'schlagwörter', 'mehr aus', 'weitere themen',
  // Spanish
  'artículos relacionados', 'noticias relacionadas', 'te puede interesar', 'también te puede interesar',
  'lo más leído', 'lo más visto', 'etiquetas', 'comentarios', 'comparte tu opinión', 'más noticias',
  'lee también', 'ver también', 'temas relacionados',
  // Portuguese
  'leia também', 'leia mais', 'veja também', 'notícias relacionadas', 'mais lidas', 'mais lidos',
  'comentários', 'saiba mais', 'matérias relacionadas',
  // Italian
  'leggi anche', 'articoli correlati', 'potrebbe interessarti', 'i più letti', 'più letti', 'commenti',
  // Dutch
  'lees ook', 'lees meer', 'gerelateerde artikelen', 'meest gelezen', 'reacties',
  // Czech, Polish
  'související články', 'čtěte také', 'nejčtenější', 'komentáře', 'diskuse',
  'czytaj także', 'czytaj też', 'najczęściej czytane', 'komentarze',
]);
