using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Checks the links between facts across all files: a fact that lists itself under 'supersedes' or
    /// 'contradicts', and facts that supersede each other in a cycle of any length (then the generated code would
    /// show each as replacing the other). Each cycle is reported once, at the link that closes it.
    /// </summary>
    public static class LinkChecker
    {
        public static void Check(IEnumerable<FactLink> links, ISet<string> factIds, List<DiagnosticInfo> diagnostics)
        {
            var supersedes = new SortedDictionary<string, List<FactLink>>(StringComparer.Ordinal);
            foreach (FactLink link in links)
            {
                if (link.From == link.To.Id)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.FactLinksToItself, link.To.Location, link.From, link.Field));
                }
                else if (link.Field == "supersedes" && factIds.Contains(link.To.Id))
                {
                    if (!supersedes.TryGetValue(link.From, out List<FactLink>? list))
                    {
                        supersedes.Add(link.From, list = new List<FactLink>());
                    }

                    list.Add(link);
                }
            }

            var finished = new HashSet<string>(StringComparer.Ordinal);
            var path = new List<string>();
            foreach (string start in supersedes.Keys)
            {
                Visit(start, supersedes, finished, path, diagnostics);
            }
        }

        /// <summary>Depth first; a link back to a fact on the current path closes a cycle.</summary>
        private static void Visit(string fact, SortedDictionary<string, List<FactLink>> supersedes, HashSet<string> finished, List<string> path, List<DiagnosticInfo> diagnostics)
        {
            if (finished.Contains(fact))
            {
                return;
            }

            path.Add(fact);
            if (supersedes.TryGetValue(fact, out List<FactLink>? links))
            {
                foreach (FactLink link in links.OrderBy(l => l.To.Id, StringComparer.Ordinal))
                {
                    int onPath = path.IndexOf(link.To.Id);
                    if (onPath >= 0)
                    {
                        string cycle = string.Join(" supersedes ", path.Skip(onPath).Concat(new[] { link.To.Id }).Select(id => "'" + id + "'"));
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.SupersedesCycle, link.To.Location, cycle));
                    }
                    else
                    {
                        Visit(link.To.Id, supersedes, finished, path, diagnostics);
                    }
                }
            }

            path.RemoveAt(path.Count - 1);
            finished.Add(fact);
        }
    }

    /// <summary>A link from one fact to another: <see cref="Field"/> is 'supersedes' or 'contradicts'.</summary>
    public sealed record FactLink(string From, string Field, IdReference To);
}
