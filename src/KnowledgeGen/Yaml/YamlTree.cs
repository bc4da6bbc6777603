using System.Collections.Generic;
using KnowledgeGen.Model;

namespace KnowledgeGen.Yaml
{
    /// <summary>
    /// A minimal YAML tree: scalars, mappings and sequences, each located. It lives only inside the parse step;
    /// what leaves that step is plain spec records.
    /// </summary>
    internal abstract class TreeNode
    {
        private readonly string _path;
        private readonly NodePlace _place;

        protected TreeNode(string path, NodePlace place)
        {
            _path = path;
            _place = place;
        }

        /// <summary>Where the node stands: a new location on every call, made only where one is kept or reported.</summary>
        public LocationInfo Location => _place.ToLocation(_path);

        /// <summary>How the node is named in messages ("a mapping", "a list", "text").</summary>
        public abstract string Describe();
    }

    internal sealed class ScalarNode : TreeNode
    {
        public ScalarNode(string value, bool isPlain, string path, NodePlace place)
            : base(path, place)
        {
            Value = value;
            IsPlain = isPlain;
        }

        public string Value { get; }

        public bool IsPlain { get; }

        /// <summary>True for YAML's plain null forms, which mean "no value".</summary>
        public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

        public override string Describe() => IsNull ? "empty" : "text";
    }

    internal sealed class MappingNode : TreeNode
    {
        public MappingNode(string path, NodePlace place)
            : base(path, place)
        {
        }

        public List<KeyValuePair<ScalarNode, TreeNode>> Entries { get; } = new List<KeyValuePair<ScalarNode, TreeNode>>();

        public override string Describe() => "a mapping";
    }

    internal sealed class SequenceNode : TreeNode
    {
        public SequenceNode(string path, NodePlace place)
            : base(path, place)
        {
        }

        public List<TreeNode> Items { get; } = new List<TreeNode>();

        public override string Describe() => "a list";
    }
}
