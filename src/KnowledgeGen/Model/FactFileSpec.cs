namespace KnowledgeGen.Model
{
    /// <summary>
    /// Everything read from one fact file: what it declares and what was wrong with it. Only what could be read
    /// completely is declared; everything else is a diagnostic.
    /// </summary>
    public sealed record FactFileSpec(
        string Path,
        EquatableArray<SourceSpec> Sources,
        EquatableArray<EntitySpec> Entities,
        EquatableArray<FactSpec> Facts,
        EquatableArray<DiagnosticInfo> Diagnostics,
        EquatableArray<MeasureSpec> Measures = default,
        EquatableArray<RetiredSpec> Retired = default)
    {
        /// <summary>The key of the knowledge base the file belongs to (see KnowledgeBaseSpec); empty for the one base of a project that declares none.</summary>
        public string Base { get; init; } = string.Empty;
    }
}
