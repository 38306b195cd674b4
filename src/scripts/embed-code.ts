// Embed codes built without SITE_URL name the embed page by its path: on another site that path would lead
// nowhere, so the page completes it with its own origin.
for (const field of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-embed-path]')) {
  const path = field.dataset.embedPath ?? '';
  field.value = field.value.replace(`src="${path}"`, `src="${location.origin}${path}"`);
}
