package org.grassroots.governance.examples.cli;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grassroots.governance.json.DocumentKind;
import org.grassroots.governance.json.DocumentProblem;
import org.grassroots.governance.json.InvalidDocumentException;
import org.grassroots.governance.json.agreement.AgreementDocument;
import org.grassroots.governance.json.agreement.DualReportingDocument;
import org.grassroots.governance.json.deliberation.MatterDocument;
import org.grassroots.governance.json.evaluation.EvaluationDocuments;
import org.grassroots.governance.json.grid.HierarchyDocument;
import org.grassroots.governance.json.matching.MatchingDocuments;
import org.grassroots.governance.json.register.OrganizationRegister;
import org.grassroots.governance.json.simulation.ScenarioDocument;
import org.grassroots.governance.json.simulation.SimulationRunsDocument;
import org.grassroots.governance.json.structure.CommunityDocument;

/** Exchange documents on the command line: the kinds by name, files or standard streams. */
final class Documents {
  /** What stands for standard input or output instead of a file name. */
  static final String STANDARD = "-";

  /** Every document kind the tool reads, by the envelope's {@code kind}. */
  static final ImmutableMap<String, DocumentKind<?>> KINDS = kinds(
      OrganizationRegister.KIND, CommunityDocument.KIND, AgreementDocument.KIND,
      AgreementDocument.PROBLEMS, AgreementDocument.COMMITMENTS,
      MatchingDocuments.DEMANDS, MatchingDocuments.RESOURCES, MatchingDocuments.PROJECTS,
      MatchingDocuments.PROBLEM,
      MatchingDocuments.RESULT, ScenarioDocument.KIND, HierarchyDocument.KIND,
      MatterDocument.KIND, EvaluationDocuments.SYSTEM, EvaluationDocuments.MEASUREMENTS,
      EvaluationDocuments.EVALUATION,
      DualReportingDocument.KIND, SimulationRunsDocument.KIND);

  private Documents() {}

  private static ImmutableMap<String, DocumentKind<?>> kinds(DocumentKind<?>... kinds) {
    ImmutableMap.Builder<String, DocumentKind<?>> b = ImmutableMap.builder();
    for (DocumentKind<?> k : kinds) {
      b.put(k.name(), k);
    }
    return b.buildOrThrow();
  }

  /** The bytes of a file, or of standard input for {@code -}. */
  static byte[] read(String source, InputStream stdin) throws IOException {
    return STANDARD.equals(source) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(source));
  }

  /** Writes a document to a file, or to standard output for {@code -}. */
  static void write(String target, byte[] document, PrintWriter stdout) throws IOException {
    if (STANDARD.equals(target)) {
      stdout.print(new String(document, StandardCharsets.UTF_8));
      stdout.println();
      stdout.flush();
    } else {
      Path path = Path.of(target);
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(path, document);
    }
  }

  /** A name for messages: the file name, or {@code <stdin>}. */
  static String label(String source) {
    return STANDARD.equals(source) ? "<stdin>" : source;
  }

  /** One line per problem, {@code prefix/pointer: rule (rejected: value)}. */
  static void print(PrintWriter to, String prefix, InvalidDocumentException e) {
    for (DocumentProblem p : e.problems()) {
      to.println(prefix + p);
    }
    to.flush();
  }
}
