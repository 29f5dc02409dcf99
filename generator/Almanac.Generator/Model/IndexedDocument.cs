namespace Almanac.Generator.Model;

/// <summary>
/// A source document prepared for quote checks, once per document: its text folded as quotes are folded (see
/// <see cref="Linking.QuoteIndex"/>) and where each paragraph starts in the folded text. Equatable, so an edit of a
/// YAML file does not prepare the documents again.
/// </summary>
/// <param name="Path">The document's path as given to the compiler.</param>
/// <param name="Folded">The text with white space runs folded to one space and typographic quotation marks to ASCII ones.</param>
/// <param name="ParagraphStarts">For each paragraph (a block of consecutive non-blank lines), the index in <paramref name="Folded"/> of its first character.</param>
/// <param name="Diagnostics">ALM020 when the document was not valid UTF-8 (its quotes are then not checked); otherwise none.</param>
internal sealed record IndexedDocument(string Path, string Folded, EquatableArray<int> ParagraphStarts, EquatableArray<DiagnosticInfo> Diagnostics);
