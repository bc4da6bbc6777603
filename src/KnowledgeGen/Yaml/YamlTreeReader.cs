using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using KnowledgeGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KnowledgeGen.Yaml
{
    /// <summary>
    /// Reads one YAML document into a <see cref="TreeNode"/> tree from the parser's events, enforcing the
    /// limits that keep a hostile file from hanging or exhausting a build: no anchors or aliases (so nothing
    /// expands), no tags, one document, bounded depth and size. Every failure, including exceptions thrown by
    /// YamlDotNet itself, comes back as a located diagnostic.
    /// </summary>
    internal static class YamlTreeReader
    {
        public const int MaxDepth = 32;
        public const int MaxFileLength = 16 * 1024 * 1024;

        /// <summary>The whole tree, or null where the file is empty or could not be read (then with a diagnostic).</summary>
        public static TreeNode? Read(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
            => Read(path, text, diagnostics, null, cancellationToken);

        /// <summary>
        /// As <see cref="Read(string, string, List{DiagnosticInfo}, CancellationToken)"/>, but with
        /// <paramref name="items"/> each item of a top-level list, and each top-level value that is not a list, is
        /// handed over as soon as it is complete and is not kept: the root mapping keeps its keys and empty lists. A
        /// file that fails to read after some items were handed over still returns null.
        /// </summary>
        public static TreeNode? Read(string path, string text, List<DiagnosticInfo> diagnostics, ITopLevelItems? items, CancellationToken cancellationToken)
        {
            if (text.Length > MaxFileLength)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    Diagnostics.LimitExceeded,
                    LocationInfo.StartOf(path),
                    string.Format(CultureInfo.InvariantCulture, "The file has {0:N0} characters, more than the limit of {1:N0}", text.Length, MaxFileLength)));
                return null;
            }

            // YamlDotNet would read a leading byte-order mark as part of the first key.
            int skipped = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var parser = new Parser(new StringReader(skipped == 0 ? text : text.Substring(skipped)));
            var locations = new MarkLocator(path, skipped);
            var builder = new TreeBuilder(path, locations, diagnostics, items);
            Mark lastMark = Mark.Empty;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (MoveNext(parser, path, text, skipped, locations, lastMark, diagnostics))
                {
                    case ReadStep.End:
                        return builder.Root;
                    case ReadStep.Failed:
                        return null;
                }

                ParsingEvent current = parser.Current!;
                lastMark = current.Start;
                if (!builder.Accept(current))
                {
                    return builder.Failed ? null : builder.Root;
                }
            }
        }

        private enum ReadStep
        {
            Event,
            End,
            Failed,
        }

        /// <summary>
        /// The parser's next event. Only YamlDotNet is guarded here: an exception of the code that receives the
        /// items is not the file's fault and reaches the caller's internal-error report instead.
        /// </summary>
        private static ReadStep MoveNext(IParser parser, string path, string text, int skipped, MarkLocator locations, Mark lastMark, List<DiagnosticInfo> diagnostics)
        {
            try
            {
                return parser.MoveNext() ? ReadStep.Event : ReadStep.End;
            }
            catch (YamlException e)
            {
                // Point where the parser found the problem, unless that is the end of the file: then the construct
                // left open (an unclosed quote or bracket) is where the editor has to look.
                bool problemAtEnd = e.End.Index >= text.TrimEnd().Length - skipped;
                Mark at = problemAtEnd ? e.Start : e.End;
                LocationInfo location = locations.At(at, at);
                bool tab = e.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0;
                diagnostics.Add(YamlSyntaxProblem.Explain(path, text, location.LineSpan.Start.Line, tab) is { } slip
                    ? DiagnosticInfo.Create(Diagnostics.MalformedYaml, slip.Location, slip.Message)
                    : DiagnosticInfo.Create(Diagnostics.MalformedYaml, location, Describe(e)));
                return ReadStep.Failed;
            }
            catch (Exception)
            {
                // YamlDotNet throws plain exceptions on some malformed input (an InvalidOperationException for a
                // flow list left open before a line holding braces), whose messages say nothing of the file. The
                // last event read is where the editor has to look.
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MalformedYaml, locations.At(lastMark, lastMark), "reading stopped inside the value that starts here; look for a bracket, brace or quote left open in it"));
                return ReadStep.Failed;
            }
        }

        private static string Describe(YamlException e)
        {
            // YamlDotNet prefixes its messages with the position, which the diagnostic's location already gives.
            string message = e.Message;
            int marker = message.IndexOf("): ", StringComparison.Ordinal);
            string text = message.StartsWith("(", StringComparison.Ordinal) && marker >= 0 ? message.Substring(marker + 3) : message;
            return text.TrimEnd('.', ' ');
        }

        /// <summary>Builds the tree event by event, handing top-level items over where asked to.</summary>
        private sealed class TreeBuilder
        {
            private readonly string _path;
            private readonly MarkLocator _locations;
            private readonly List<DiagnosticInfo> _diagnostics;
            private readonly ITopLevelItems? _items;
            private readonly Stack<TreeNode> _open = new Stack<TreeNode>();
            private readonly Stack<ScalarNode?> _pendingKeys = new Stack<ScalarNode?>();
            private ScalarNode? _pendingKey;
            private int _documents;

            public TreeBuilder(string path, MarkLocator locations, List<DiagnosticInfo> diagnostics, ITopLevelItems? items)
            {
                _path = path;
                _locations = locations;
                _diagnostics = diagnostics;
                _items = items;
            }

            public TreeNode? Root { get; private set; }

            /// <summary>True once the file was refused; whatever was read of it does not count.</summary>
            public bool Failed { get; private set; }

            /// <summary>Takes one event; false when reading stops here.</summary>
            public bool Accept(ParsingEvent current)
            {
                switch (current)
                {
                    case DocumentStart start when !start.IsImplicit || _documents > 0:
                        if (++_documents > 1)
                        {
                            // Not a failure: the first document is complete, and is read.
                            Report(Diagnostics.UnsupportedYamlFeature, current, "Several documents in one file");
                            return false;
                        }

                        return true;
                    case DocumentStart:
                        _documents++;
                        return true;
                    case AnchorAlias:
                        return Fail(Diagnostics.UnsupportedYamlFeature, current, "Aliases (*name)");
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        return Fail(Diagnostics.UnsupportedYamlFeature, current, "Anchors (&name)");
                    case NodeEvent node when !node.Tag.IsEmpty && !node.Tag.IsNonSpecific:
                        return Fail(Diagnostics.UnsupportedYamlFeature, current, "Tags (" + node.Tag.Value + ")");
                    case Scalar scalar:
                        var value = new ScalarNode(scalar.Value, scalar.Style == ScalarStyle.Plain, _path, _locations.Place(scalar.Start, scalar.End));
                        if (!Attach(value))
                        {
                            return false;
                        }

                        HandOver(value);
                        return true;
                    case MappingStart:
                    case SequenceStart:
                        if (_open.Count >= MaxDepth)
                        {
                            return Fail(Diagnostics.LimitExceeded, current, string.Format(CultureInfo.InvariantCulture, "Nesting is deeper than {0} levels", MaxDepth));
                        }

                        TreeNode collection = current is MappingStart
                            ? new MappingNode(_path, _locations.Place(current.Start, current.End))
                            : new SequenceNode(_path, _locations.Place(current.Start, current.End));
                        if (!Attach(collection))
                        {
                            return false;
                        }

                        _open.Push(collection);
                        _pendingKeys.Push(_pendingKey);
                        _pendingKey = null;
                        return true;
                    case MappingEnd:
                    case SequenceEnd:
                        TreeNode closed = _open.Pop();
                        _pendingKey = _pendingKeys.Pop();
                        HandOver(closed);
                        return true;
                    default:
                        return true;
                }
            }

            /// <summary>
            /// Whether the innermost open node is a top-level list whose items are handed over: a list that is the
            /// value of the root mapping's latest key (the one open at depth two).
            /// </summary>
            private bool InTopLevelList => _items is not null && _open.Count == 2 && Root is MappingNode && _open.Peek() is SequenceNode;

            /// <summary>
            /// Hands a node just completed over, where it is an item of the top-level list being read (the list is
            /// the root mapping's latest value and the innermost open node) or the whole value of a top-level field
            /// that is not a list; a key is not handed over here but as a field.
            /// </summary>
            private void HandOver(TreeNode node)
            {
                if (_items is null || _pendingKey is not null || Root is not MappingNode root || root.Entries.Count == 0)
                {
                    return;
                }

                KeyValuePair<ScalarNode, TreeNode> latest = root.Entries[root.Entries.Count - 1];
                if (InTopLevelList)
                {
                    _items.Item(latest.Key, node, listed: true);
                }
                else if (_open.Count == 1 && latest.Value == node && node is not SequenceNode)
                {
                    _items.Item(latest.Key, node, listed: false);
                }
            }

            /// <summary>Adds a finished node to the collection being read, or makes it the root.</summary>
            private bool Attach(TreeNode node)
            {
                if (_open.Count == 0)
                {
                    Root = node;
                    return true;
                }

                switch (_open.Peek())
                {
                    case SequenceNode sequence:
                        // An item of a top-level list that is handed over is not kept in the list.
                        if (!InTopLevelList)
                        {
                            sequence.Items.Add(node);
                        }

                        return true;
                    case MappingNode mapping when _pendingKey is null:
                        return AttachKey(node, mapping);
                    case MappingNode mapping:
                        mapping.Entries.Add(new KeyValuePair<ScalarNode, TreeNode>(_pendingKey, node));
                        _pendingKey = null;
                        return true;
                    default:
                        return false;
                }
            }

            /// <summary>Makes a node the pending key of a mapping, if it is plain text and not a key the mapping already has.</summary>
            private bool AttachKey(TreeNode node, MappingNode mapping)
            {
                // A switch on the node's type, not "is not … return": a mutant that drops the return would leave the
                // key unassigned, fail to compile, and take every mutant of the method with it (docs/testing.md).
                switch (node)
                {
                    case ScalarNode key:
                        foreach (KeyValuePair<ScalarNode, TreeNode> entry in mapping.Entries)
                        {
                            if (entry.Key.Value == key.Value)
                            {
                                Failed = true;
                                _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DuplicateKey, key.Location, key.Value));
                                return false;
                            }
                        }

                        _pendingKey = key;
                        if (_items is not null && _open.Count == 1 && mapping == Root)
                        {
                            _items.Field(key);
                        }

                        return true;
                    default:
                        Failed = true;
                        _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedYamlFeature, node.Location, "Keys that are not plain text"));
                        return false;
                }
            }

            private bool Fail(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, ParsingEvent at, string message)
            {
                Failed = true;
                Report(descriptor, at, message);
                return false;
            }

            private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, ParsingEvent at, string message)
                => _diagnostics.Add(DiagnosticInfo.Create(descriptor, _locations.At(at.Start, at.End), message));
        }
    }
}
