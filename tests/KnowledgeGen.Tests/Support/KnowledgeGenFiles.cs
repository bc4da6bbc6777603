namespace KnowledgeGen.Support;

/// <summary>
/// The one part of a knowledge base the generator writes per project (the list of its fact files' data), here
/// a single file's table so that the support code compiles and runs in the tests as it stands.
/// </summary>
public static partial class KnowledgeBase
{
    private static class KnowledgeGenFiles
    {
        internal static readonly KnowledgeGenTable[] All = [KnowledgeGenTable.Read([], null, 0, 0)];
    }
}
