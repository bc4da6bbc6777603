using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using KnowledgeGen.Model;
using Microsoft.CodeAnalysis.Text;
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

        public static TreeNode? Read(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
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
            Mark lastMark = Mark.Empty;
            try
            {
                return ReadStream(path, locations, parser, diagnostics, ref lastMark, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
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
                return null;
            }
            catch (Exception)
            {
                // YamlDotNet throws plain exceptions on some malformed input (an InvalidOperationException for a
                // flow list left open before a line holding braces), whose messages say nothing of the file. The
                // last event read is where the editor has to look.
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MalformedYaml, locations.At(lastMark, lastMark), "reading stopped inside the value that starts here; look for a bracket, brace or quote left open in it"));
                return null;
            }
        }

        private static TreeNode? ReadStream(string path, MarkLocator locations, IParser parser, List<DiagnosticInfo> diagnostics, ref Mark lastMark, CancellationToken cancellationToken)
        {
            TreeNode? root = null;
            var open = new Stack<TreeNode>();
            ScalarNode? pendingKey = null;
            var pendingKeys = new Stack<ScalarNode?>();
            int documents = 0;

            while (parser.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                ParsingEvent current = parser.Current!;
                lastMark = current.Start;

                switch (current)
                {
                    case DocumentStart start when !start.IsImplicit || documents > 0:
                        if (++documents > 1)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedYamlFeature, locations.At(current.Start, current.End), "Several documents in one file"));
                            return root;
                        }

                        break;
                    case DocumentStart:
                        documents++;
                        break;
                    case AnchorAlias:
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedYamlFeature, locations.At(current.Start, current.End), "Aliases (*name)"));
                        return null;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedYamlFeature, locations.At(current.Start, current.End), "Anchors (&name)"));
                        return null;
                    case NodeEvent node when !node.Tag.IsEmpty && !node.Tag.IsNonSpecific:
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedYamlFeature, locations.At(current.Start, current.End), "Tags (" + node.Tag.Value + ")"));
                        return null;
                    case Scalar scalar:
                        var value = new ScalarNode(scalar.Value, scalar.Style == ScalarStyle.Plain, path, locations.Place(scalar.Start, scalar.End));
                        if (!Attach(value, open, ref pendingKey, ref root, diagnostics))
                        {
                            return null;
                        }

                        break;
                    case MappingStart:
                    case SequenceStart:
                        if (open.Count >= MaxDepth)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(
                                Diagnostics.LimitExceeded,
                                locations.At(current.Start, current.End),
                                string.Format(CultureInfo.InvariantCulture, "Nesting is deeper than {0} levels", MaxDepth)));
                            return null;
                        }

                        TreeNode collection = current is MappingStart
                            ? new MappingNode(path, locations.Place(current.Start, current.End))
                            : new SequenceNode(path, locations.Place(current.Start, current.End));
                        if (!Attach(collection, open, ref pendingKey, ref root, diagnostics))
                        {
                            return null;
                        }

                        open.Push(collection);
                        pendingKeys.Push(pendingKey);
                        pendingKey = null;
                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        open.Pop();
                        pendingKey = pendingKeys.Pop();
                        break;
                }
            }

            return root;
        }

        /// <summary>Adds a finished node to the collection being read, or makes it the root.</summary>
        private static bool Attach(TreeNode node, Stack<TreeNode> open, ref ScalarNode? pendingKey, ref TreeNode? root, List<DiagnosticInfo> diagnostics)
        {
            if (open.Count == 0)
            {
                root = node;
                return true;
            }

            switch (open.Peek())
            {
                case SequenceNode sequence:
                    sequence.Items.Add(node);
                    return true;
                case MappingNode mapping when pendingKey is null:
                    return AttachKey(node, mapping, ref pendingKey, diagnostics);
                case MappingNode mapping:
                    mapping.Entries.Add(new KeyValuePair<ScalarNode, TreeNode>(pendingKey!, node));
                    pendingKey = null;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Makes a node the pending key of a mapping, if it is plain text and not a key the mapping already has.</summary>
        private static bool AttachKey(TreeNode node, MappingNode mapping, ref ScalarNode? pendingKey, List<DiagnosticInfo> diagnostics)
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
                            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DuplicateKey, key.Location, key.Value));
                            return false;
                        }
                    }

                    pendingKey = key;
                    return true;
                default:
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedYamlFeature, node.Location, "Keys that are not plain text"));
                    return false;
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

    }
}
