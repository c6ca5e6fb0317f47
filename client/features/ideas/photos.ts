/** The idea's photos as URLs to show, in the order the author added them (missing files are left out). */
export const photoUrlsOf = (idea: { photos: string[]; photoUrls?: Record<string, string> }): string[] =>
  idea.photos.flatMap((id) => (idea.photoUrls?.[id] ? [idea.photoUrls[id]] : []));
