/**
 * A newsroom's jobs as they follow a writer's name in a byline ("Whitehall Editor", "By Jane Doe,
 * Business Correspondent"): neither part of the name nor a name of their own. One alternation for the
 * patterns built from it.
 */
export const NEWSROOM_JOBS = 'Editor|Correspondent|Reporter|Writer|Columnist|Journalist|Contributor|Producer|Commentator';
