package io.directivegraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.directivegraph.extract.model.Extraction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document typed (or pasted) without its marks is the same document: every written
 * fixture, stripped of its diacritics, gives the same number, kind, issuer (a place name
 * in it as written), date and tasks as the marked original, never another known lead, and
 * its titles restored.
 */
class TypedWithoutMarksTest {

	private static final Extractor EXTRACTOR = Extractor.defaults();

	private static String fold(String text) {
		return (text != null) ? io.directivegraph.extract.text.Folding.fold(text) : null;
	}

	static String strip(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('Đ', 'D')
			.replace('đ', 'd');
	}

	@Test
	void aDocumentWithoutItsMarksIsReadAsTheMarkedOne() throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(Path.of("src/test/resources/fixtures/documents"))) {
			files = list.sorted().toList();
		}
		int tasks = 0;
		int wrong = 0;
		long titleWords = 0;
		long titleSame = 0;
		for (Path file : files) {
			String text = Files.readString(file);
			Extraction marked = EXTRACTOR.extract(file.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8));
			Extraction typed = EXTRACTOR.extract(file.getFileName().toString(),
					strip(text).getBytes(StandardCharsets.UTF_8));
			assertThat(typed.documents()).as(file.toString()).hasSameSizeAs(marked.documents());
			for (int d = 0; d < marked.documents().size(); d++) {
				Extraction.DocumentExtraction a = marked.documents().get(d);
				Extraction.DocumentExtraction b = typed.documents().get(d);
				assertThat(b.document().number()).as(file + " number").isEqualTo(a.document().number());
				assertThat(b.document().kind()).as(file + " kind").isEqualTo(a.document().kind());
				// The same issuer; a commune's name in it is kept as the text writes it
				// ("Ủy ban nhân dân xã Tan Hoa"): a place name is not guessed.
				assertThat(fold(b.document().issuer())).as(file + " issuer").isEqualTo(fold(a.document().issuer()));
				assertThat(b.document().issuedOn()).as(file + " date").isEqualTo(a.document().issuedOn());
				assertThat(b.tasks()).as(file + " tasks").hasSameSizeAs(a.tasks());
				Set<String> known = new HashSet<>();
				a.tasks()
					.stream()
					.filter(Extraction.Task::leadKnown)
					.forEach((t) -> known.add(t.line() + " " + t.lead()));
				for (Extraction.Task t : b.tasks()) {
					tasks++;
					if (t.leadKnown() && t.lead() != null && !known.contains(t.line() + " " + t.lead())) {
						wrong++;
					}
				}
				for (int i = 0; i < a.tasks().size(); i++) {
					String[] x = a.tasks().get(i).title().split("\\s+");
					String[] y = b.tasks().get(i).title().split("\\s+");
					titleWords += x.length;
					for (int w = 0; w < Math.min(x.length, y.length); w++) {
						titleSame += x[w].equals(y[w]) ? 1 : 0;
					}
				}
			}
		}
		System.out.printf(
				"typed without marks: %d tasks, %d with another known lead, titles %.3f of words restored"
						+ " (in-sample: the model learned from these documents)%n",
				tasks, wrong, titleSame / (double) titleWords);
		assertThat(wrong).as("tasks given another known lead").isZero();
		assertThat(titleSame / (double) titleWords).isGreaterThanOrEqualTo(0.97);
	}

}
