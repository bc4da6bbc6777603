namespace KnowledgeGen
{
    /// <summary>The names of the pipeline's steps, which the cacheability tests look up.</summary>
    public static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string BaseKeys = nameof(BaseKeys);
        public const string TaggedFiles = nameof(TaggedFiles);
        public const string BaseFiles = nameof(BaseFiles);
        public const string FileCatalogs = nameof(FileCatalogs);
        public const string FactFiles = nameof(FactFiles);
        public const string ParsedFactFiles = nameof(ParsedFactFiles);
        public const string SourceTexts = nameof(SourceTexts);
        public const string SourceDocuments = nameof(SourceDocuments);
        public const string CatalogParts = nameof(CatalogParts);
        public const string Catalog = nameof(Catalog);
        public const string CheckedFactFiles = nameof(CheckedFactFiles);
        public const string Summaries = nameof(Summaries);
        public const string CrossFile = nameof(CrossFile);
        public const string Index = nameof(Index);
        public const string CrossFileDiagnostics = nameof(CrossFileDiagnostics);
        public const string ProjectDirectory = nameof(ProjectDirectory);
        public const string Exclusions = nameof(Exclusions);
        public const string EmittableFactFiles = nameof(EmittableFactFiles);
        public const string FileDiagnostics = nameof(FileDiagnostics);
        public const string SeverityConfig = nameof(SeverityConfig);
        public const string FileSupersessions = nameof(FileSupersessions);
        public const string Supersessions = nameof(Supersessions);
        public const string FileReplacementIds = nameof(FileReplacementIds);
        public const string ReplacementIds = nameof(ReplacementIds);
        public const string FileReplacements = nameof(FileReplacements);
        public const string Replacements = nameof(Replacements);
        public const string FactFileContexts = nameof(FactFileContexts);
        public const string ClaimSummaries = nameof(ClaimSummaries);
        public const string CrossFactDiagnostics = nameof(CrossFactDiagnostics);
        public const string SummariesWithoutPlaces = nameof(SummariesWithoutPlaces);
        public const string CrossFileWithoutPlaces = nameof(CrossFileWithoutPlaces);
    }
}
