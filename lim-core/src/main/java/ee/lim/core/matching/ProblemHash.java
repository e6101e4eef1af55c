package ee.lim.core.matching;

import ee.lim.spi.model.Student;
import ee.lim.spi.service.Eligibility;
import ee.lim.spi.service.Need;
import ee.lim.spi.service.Service;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Hashes a problem in a canonical form: every list sorted by key and every map and set sorted, so
 * that the hash does not depend on input order. Only the fields that matching reads are included.
 */
final class ProblemHash {
    private ProblemHash() {}

    static String sha256(MatchingProblem problem) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        StringBuilder text = new StringBuilder(256);
        line(digest, text.append("asOf=").append(problem.asOf()));
        line(digest, text.append("config=").append(problem.config().describe()));
        List<StudentFacts> students = new ArrayList<>(problem.students());
        students.sort(Comparator.comparing(f -> f.student().key()));
        for (StudentFacts facts : students) {
            Student s = facts.student();
            line(
                    digest,
                    text.append("student=")
                            .append(s.key())
                            .append('|')
                            .append(s.birthMonth())
                            .append('|')
                            .append(s.grade())
                            .append('|')
                            .append(s.residenceMunicipality())
                            .append('|')
                            .append(s.language())
                            .append('|')
                            .append(facts.supportTierKnown())
                            .append('|')
                            .append(facts.supportTier())
                            .append('|')
                            .append(facts.consent())
                            .append('|')
                            .append(facts.home()));
        }
        List<Need> needs = new ArrayList<>(problem.needs());
        needs.sort(Comparator.comparing(Need::student).thenComparing(Need::category));
        for (Need need : needs) {
            line(
                    digest,
                    text.append("need=")
                            .append(need.student())
                            .append('|')
                            .append(need.category())
                            .append('|')
                            .append(need.priority()));
        }
        List<Service> services = new ArrayList<>(problem.services());
        services.sort(Comparator.comparing(Service::id));
        for (Service service : services) {
            Eligibility e = service.eligibility();
            line(
                    digest,
                    text.append("service=")
                            .append(service.id())
                            .append('|')
                            .append(new TreeMap<>(service.coverage()))
                            .append('|')
                            .append(e.minAge())
                            .append(',')
                            .append(e.maxAge())
                            .append(',')
                            .append(e.minGrade())
                            .append(',')
                            .append(e.maxGrade())
                            .append(',')
                            .append(new TreeSet<>(e.municipalities()))
                            .append(',')
                            .append(new TreeSet<>(e.languages()))
                            .append(',')
                            .append(e.requiredTier())
                            .append(',')
                            .append(e.consentRequired())
                            .append('|')
                            .append(service.capacity().available())
                            .append('|')
                            .append(service.waitingDays())
                            .append('|')
                            .append(service.place())
                            .append('|')
                            .append(service.active()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void line(MessageDigest digest, StringBuilder text) {
        text.append('\n');
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
    }
}
