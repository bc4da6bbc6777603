using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Emitting
{
    /// <summary>
    /// Encodes one fact file's facts, entities and sources as data tables: a pool of the file's distinct strings
    /// and, per record, a row of integers (string indexes, counts, kinds, date parts; -1 for null). The generated
    /// code decodes the rows on first use (the support code's KnowledgeGenTable), so that a large knowledge base
    /// costs the compiler and the JIT a few constants instead of one constructor call per fact. The pool starts with
    /// every fact's id and then every retired id, in row order, which the emitter writes as a constant of their own,
    /// so that a lookup by id reads them without the rest; each fact's row starts with its length, so that one fact is
    /// read without those before it. The order of fields here and in the decoder must match.
    /// </summary>
    public sealed class DataTableWriter
    {
        /// <summary>
        /// The characters a pool's strings may be joined by, in order of preference: printable ASCII that a C# string
        /// literal holds as one byte, then the unit separators, which text hardly ever holds but a literal writes as six.
        /// </summary>
        private static readonly char[] SeparatorCandidates = "|~^`#@$%&*+=;_<>{}[]()!?/:,.-'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ \u001F\u001E\u001D\u001C".ToCharArray();

        /// <summary>
        /// The first candidate that none of the strings holds, to join them by in a constant whose first character it
        /// is (the support code's KnowledgeGenTable reads it from there); null when the strings hold every candidate,
        /// and the pool is then written string by string.
        /// </summary>
        public static char? PoolSeparator(IEnumerable<string> strings)
        {
            var used = new HashSet<char>();
            foreach (string text in strings)
            {
                foreach (char c in text)
                {
                    used.Add(c);
                }
            }

            foreach (char candidate in SeparatorCandidates)
            {
                if (!used.Contains(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        private readonly Dictionary<string, int> _indexes = new Dictionary<string, int>(System.StringComparer.Ordinal);
        private readonly List<string> _strings = new List<string>();
        private List<int> _row = new List<int>();

        /// <summary>The first cited sentence of the fact being written, which its value's printed words are placed in.</summary>
        private string? _cited;

        public IReadOnlyList<string> Strings => _strings;

        public List<int[]> FactRows { get; } = new List<int[]>();

        public List<int[]> EntityRows { get; } = new List<int[]>();

        public List<int[]> SourceRows { get; } = new List<int[]>();

        public List<int[]> MeasureRows { get; } = new List<int[]>();

        public List<int[]> RetiredRows { get; } = new List<int[]>();

        /// <summary>The file's facts and retired ids, whose ids head the pool; call once, before anything else.</summary>
        public void AddFacts(IReadOnlyList<FactSpec> facts, IEnumerable<string> retiredIds)
        {
            foreach (string id in facts.Select(f => f.Id).Concat(retiredIds))
            {
                // Every id takes its own place at the head, a repeated one (reported by the checks) too, so that the
                // decoder finds the id of row i at i; the row itself names the id's first place.
                if (!_indexes.ContainsKey(id))
                {
                    _indexes.Add(id, _strings.Count);
                }

                _strings.Add(id);
            }

            foreach (FactSpec fact in facts)
            {
                Add(fact);
            }
        }

        /// <summary>
        /// A fact's row, without its id, which the decoder reads at the row's own place at the head of the pool. The
        /// value comes after the citations, so that its printed words can be a place in the first cited sentence.
        /// </summary>
        private void Add(FactSpec fact)
        {
            Int(0);
            Int((int)fact.Kind);
            Text(fact.Statement);
            Texts(fact.About.Select(a => a.Id));
            if (fact.Holds is null)
            {
                Int(0);
            }
            else
            {
                Int(1);
                Date(fact.Holds.From);
                Date(fact.Holds.To);
                Text(fact.Holds.Inferred);
            }

            Text(fact.Context);
            Int(fact.Citations.Count);
            foreach (CitationSpec citation in fact.Citations)
            {
                string sentence = citation.Sentence ?? citation.Quote;
                Text(citation.Source.Id);
                Int(citation.SentenceNumber);
                bool pooled = Sentence(citation, sentence);
                Quote(citation.Quote, sentence, pooled);
                Int(citation.Paragraph);
                Text(citation.ViaSentence);
            }

            _cited = fact.Citations.Count == 0 ? null : fact.Citations[0].Sentence ?? fact.Citations[0].Quote;
            Value(fact.Value);
            _cited = null;

            Texts(fact.Supersedes.Select(r => r.Id));
            Texts(fact.Contradicts.Select(r => r.Id));
            Texts(fact.AccordingTo.Select(r => r.Id));
            Int(fact.Status is null ? -1 : (int)fact.Status.Value);
            Text(fact.Measure?.Id);
            int[] row = TakeRow();
            row[0] = row.Length - 1;
            FactRows.Add(row);
        }

        public void Add(EntitySpec entity)
        {
            Text(entity.Id);
            Int((int)entity.Kind);
            Text(entity.Name);
            Texts(entity.Aliases);
            Text(entity.Description);
            EntityRows.Add(TakeRow());
        }

        public void Add(MeasureSpec measure)
        {
            Text(measure.Id);
            Text(measure.Description);
            Text(measure.Unit);
            Int((int)CodeNames.MeasureKind(measure));
            MeasureRows.Add(TakeRow());
        }

        /// <summary>A retired fact: its id, the message FindFact throws with, and the id of the fact replacing it, if any.</summary>
        public void Add(RetiredSpec retired, string message, string? replacement)
        {
            Text(retired.Id);
            Text(message);
            Text(replacement);
            RetiredRows.Add(TakeRow());
        }

        public void Add(SourceSpec source)
        {
            Text(source.Id);
            Text(source.Title);
            Text(source.Publisher);
            DateValue(source.Published);
            Text(source.File);
            Text(source.Sha256);
            SourceRows.Add(TakeRow());
        }

        private void Value(FactValueSpec? value)
        {
            switch (value)
            {
                case MoneySpec m:
                    Text(Number(m.Amount));
                    Text(m.Currency);
                    Printed(m.Printed);
                    Qualifier(m.Qualifier, m.Upper);
                    break;
                case QuantitySpec q:
                    Text(Number(q.Amount));
                    Text(q.Unit);
                    Printed(q.Printed);
                    Qualifier(q.Qualifier, q.Upper);
                    break;
                case PercentageSpec p:
                    Text(Number(p.Percent));
                    Printed(p.Printed);
                    Qualifier(p.Qualifier, p.Upper);
                    break;
                case DateValueSpec d:
                    DateValue(d.Date);
                    break;
                case RoleSpec r:
                    Text(r.Person.Id);
                    Text(r.Position);
                    Text(r.Organisation?.Id);
                    break;
                case StanceSpec s:
                    Text(s.Holder.Id);
                    Text(s.Topic);
                    Text(s.Position);
                    break;
                case EventSpec e:
                    Text(e.What);
                    Text(e.Where);
                    DateValue(e.When);
                    break;
                case QuoteSpec q:
                    Text(q.Text);
                    Text(q.Speaker.Id);
                    break;
                case TradeActionSpec t:
                    Text(t.Actor.Id);
                    Texts(t.Targets.Select(r => r.Id));
                    Int((int)t.Instrument);
                    Printed(t.Printed);
                    Text(t.Goods);
                    Optional(t.Covered);
                    Optional(t.Rate);
                    DateValue(t.When);
                    break;
            }
        }

        /// <summary>A number's qualifier (-1 for an exact number) and the high end of its range.</summary>
        private void Qualifier(ValueQualifier? qualifier, decimal? upper)
        {
            Int(qualifier is null ? -1 : (int)qualifier.Value);
            Text(upper is null ? null : Number(upper.Value));
        }

        /// <summary>A part of a value that is itself a value: 0 for none, or 1 and the value.</summary>
        private void Optional(FactValueSpec? value)
        {
            Int(value is null ? 0 : 1);
            Value(value);
        }

        /// <summary>A date with its printed words and inference: 0 for none, or 1, the date, printed, inferred.</summary>
        private void DateValue(DateSpec? date)
        {
            if (date is null)
            {
                Int(0);
                return;
            }

            Int(1);
            Date(date.Date);
            Printed(date.Printed);
            Text(date.Inferred);
        }

        /// <summary>A date as year, month, day and precision; a missing date as a year of -1.</summary>
        private void Date(PartialDate? date)
        {
            Int(date?.Year ?? -1);
            Int(date?.Month ?? 0);
            Int(date?.Day ?? 0);
            Int((int)(date?.Precision ?? DatePrecision.Year));
        }

        private void Texts(IEnumerable<string> texts)
        {
            string[] all = texts.ToArray();
            Int(all.Length);
            foreach (string text in all)
            {
                Text(text);
            }
        }

        private void Text(string? text)
        {
            if (text is null)
            {
                Int(-1);
                return;
            }

            if (!_indexes.TryGetValue(text, out int index))
            {
                index = _strings.Count;
                _strings.Add(text);
                _indexes.Add(text, index);
            }

            Int(index);
        }

        /// <summary>
        /// A located sentence is read from its source's sentences, which the source's declaration holds once for every
        /// fact file (see <see cref="FactFileContext.Sentences"/>): it is written as minus the number of sentences it
        /// joins, from the citation's sentence number on. Any other sentence (one the build reported an error for, or a
        /// quote standing for one) is a string of the pool.
        /// </summary>
        private bool Sentence(CitationSpec citation, string sentence)
        {
            if (citation.Verified && citation.Sentence is not null && citation.SentenceNumber > 0 && citation.SentenceCount > 0)
            {
                Int(-citation.SentenceCount);
                return false;
            }

            Text(sentence);
            return true;
        }

        /// <summary>
        /// A quote that stands in its sentence as written is most quotes: it is written as its place there, -1 - the
        /// offset then the length, so that the pool does not hold its words twice; any other quote is a string, and so
        /// is a quote that is the whole of a sentence the pool holds (the same string, one integer).
        /// </summary>
        private void Quote(string quote, string sentence, bool sentencePooled)
        {
            int offset = quote.Length == 0 || (sentencePooled && quote == sentence) ? -1 : sentence.IndexOf(quote, System.StringComparison.Ordinal);
            if (offset < 0)
            {
                Text(quote);
                return;
            }

            Int(-1 - offset);
            Int(quote.Length);
        }

        /// <summary>
        /// A value's printed words, which mostly stand in the fact's first cited sentence: written as their place there,
        /// -2 - the offset then the length (-1 is null), so that the pool does not hold them; otherwise a string.
        /// </summary>
        private void Printed(string? printed)
        {
            int offset = printed is null || printed.Length == 0 || _cited is null ? -1 : _cited.IndexOf(printed, System.StringComparison.Ordinal);
            if (offset < 0)
            {
                Text(printed);
                return;
            }

            Int(-2 - offset);
            Int(printed!.Length);
        }

        private void Int(int value) => _row.Add(value);

        private int[] TakeRow()
        {
            int[] row = _row.ToArray();
            _row = new List<int>();
            return row;
        }

        private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
