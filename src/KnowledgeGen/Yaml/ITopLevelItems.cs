namespace KnowledgeGen.Yaml
{
    /// <summary>
    /// Receives a file's top-level fields while the file is read, so that each item of a top-level list can be
    /// turned into its record and dropped instead of the tree of the whole file living until the file is read.
    /// </summary>
    internal interface ITopLevelItems
    {
        /// <summary>A top-level key, in file order, once the reader has accepted it (text, not repeated).</summary>
        void Field(ScalarNode key);

        /// <summary>
        /// A complete item of the top-level list under <paramref name="field"/>, or, with <paramref name="listed"/>
        /// false, the whole value of a top-level field that is not a list.
        /// </summary>
        void Item(ScalarNode field, TreeNode item, bool listed);
    }
}
