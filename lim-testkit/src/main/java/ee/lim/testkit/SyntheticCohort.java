package ee.lim.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.model.AttendanceEvent;
import ee.lim.spi.model.AttendanceStatus;
import ee.lim.spi.model.BehaviourIncident;
import ee.lim.spi.model.Cohort;
import ee.lim.spi.model.CohortSink;
import ee.lim.spi.model.EnrolmentEvent;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.GradeScale;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Outcome;
import ee.lim.spi.model.School;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.model.SupportMeasure;
import ee.lim.spi.model.SupportTier;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * A seeded generator of synthetic cohorts for tests and benchmarks: students with day-level or
 * lesson-level attendance, grades, behaviour incidents, support measures and an outcome over one
 * school year (1 September to 31 May, weekdays).
 *
 * <p>Each student has a hidden risk in {@code [0, 1]} drawn from a Beta-like distribution. Higher
 * risk raises the chance of absence, lowers grades, raises incidents and makes the adverse outcome
 * ({@link Outcome.Type#DROPPED_OUT}) more likely, so models trained on the data have a signal to
 * find. The same seed and settings always give the same cohort. Keys are {@code S000001} and so on:
 * they carry no personal data.
 *
 * <p>Instances are immutable and thread-safe; each {@code generate} call starts from the seed.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SyntheticCohort {
    private static final String[] SUBJECTS = {"math", "language", "science", "history", "english"};

    private final long seed;
    private final int students;
    private final int schools;
    private final int schoolYear;
    private final int lessonsPerDay;
    private final GradeScale scale;
    private final List<String> municipalities;
    private final List<SchoolSpec> layout;
    private final boolean studentsExplicit;
    private final double residenceElsewhereShare;
    private final boolean wholeDayAbsences;

    /**
     * One school of an explicit layout: its identity, its municipality, how many pupils it has and
     * which grades it teaches.
     *
     * @param id the school id; never blank
     * @param name the school name; never blank
     * @param municipalityCode the code of the municipality the school is in; never blank
     * @param pupils the number of pupils, 1 or more
     * @param firstGrade the first grade taught, 0 to 13
     * @param lastGrade the last grade taught, {@code firstGrade} to 13
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record SchoolSpec(
            String id,
            String name,
            String municipalityCode,
            int pupils,
            int firstGrade,
            int lastGrade) {
        /**
         * Creates the record, validating the fields.
         *
         * @param id the school id; never blank
         * @param name the school name; never blank
         * @param municipalityCode the code of the municipality the school is in; never blank
         * @param pupils the number of pupils, 1 or more
         * @param firstGrade the first grade taught, 0 to 13
         * @param lastGrade the last grade taught, {@code firstGrade} to 13
         * @throws IllegalArgumentException if a field breaks the rule given for it
         */
        public SchoolSpec {
            if (id == null || id.isBlank() || name == null || name.isBlank()) {
                throw new IllegalArgumentException("SchoolSpec id and name must not be blank");
            }
            if (municipalityCode == null || municipalityCode.isBlank()) {
                throw new IllegalArgumentException(
                        "SchoolSpec.municipalityCode must not be blank for school " + id);
            }
            if (pupils < 1) {
                throw new IllegalArgumentException(
                        "SchoolSpec.pupils must be >= 1, got " + pupils + " for school " + id);
            }
            if (firstGrade < 0 || lastGrade < firstGrade || lastGrade > 13) {
                throw new IllegalArgumentException(
                        "SchoolSpec grades must satisfy 0 <= firstGrade <= lastGrade <= 13, got "
                                + firstGrade
                                + " to "
                                + lastGrade
                                + " for school "
                                + id);
            }
        }
    }

    private SyntheticCohort(Builder builder) {
        this.seed = builder.seed;
        this.students = builder.students;
        this.schools = builder.schools;
        this.schoolYear = builder.schoolYear;
        this.lessonsPerDay = builder.lessonsPerDay;
        this.scale = builder.scale;
        this.municipalities = List.copyOf(builder.municipalities);
        this.layout = builder.layout;
        this.studentsExplicit = builder.studentsExplicit;
        this.residenceElsewhereShare = builder.residenceElsewhereShare;
        this.wholeDayAbsences = builder.wholeDayAbsences;
    }

    /**
     * Starts a builder with seed 1, 200 students in 4 schools, the school year starting in 2025,
     * day-level attendance and Estonia's 1-to-5 grade scale.
     *
     * @return a new builder; not thread-safe
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Generates the cohort into memory.
     *
     * @return the cohort
     */
    public Cohort generate() {
        List<School> schoolList = new ArrayList<>();
        List<Student> studentList = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        generate(
                new CohortSink() {
                    @Override
                    public void school(School school) {
                        schoolList.add(school);
                    }

                    @Override
                    public void student(Student student) {
                        studentList.add(student);
                    }

                    @Override
                    public void observation(Observation observation) {
                        observations.add(observation);
                    }
                });
        return new Cohort(schoolList, studentList, observations);
    }

    /**
     * Streams the cohort into a sink, student by student, so that large cohorts need no memory.
     *
     * @param sink the sink; never {@code null}
     * @return the number of observations sent
     * @throws NullPointerException if {@code sink} is {@code null}
     */
    public long generate(CohortSink sink) {
        Objects.requireNonNull(sink, "sink");
        if (!layout.isEmpty()) {
            return generateWithLayout(sink);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < schools; s++) {
            sink.school(
                    new School(
                            schoolId(s),
                            "Synthetic school " + (s + 1),
                            municipalities.get(s % municipalities.size())));
        }
        LocalDate start = LocalDate.of(schoolYear, 9, 1);
        LocalDate end = LocalDate.of(schoolYear + 1, 5, 31);
        long count = 0;
        for (int i = 0; i < students; i++) {
            SplittableRandom r = random.split();
            double risk = Math.pow(r.nextDouble(), 2.5);
            int grade = 1 + r.nextInt(12);
            int school = r.nextInt(schools);
            StudentKey key = new StudentKey(String.format("S%06d", i + 1));
            int birthYear = schoolYear - grade - 6 - (r.nextDouble() < risk * 0.3 ? 1 : 0);
            Student student =
                    new Student(
                            key,
                            YearMonth.of(birthYear, 1 + r.nextInt(12)),
                            schoolId(school),
                            grade,
                            municipalities.get(r.nextInt(municipalities.size())),
                            r.nextDouble() < 0.85 ? "et" : "ru",
                            Map.of(),
                            Map.of("sex", r.nextBoolean() ? "F" : "M"));
            sink.student(student);
            count += observationsFor(student, risk, r, start, end, sink);
        }
        return count;
    }

    /**
     * Generates students from the layout. Each student's school is drawn in proportion to its
     * pupils and the grade from the grades it teaches. The residence is the school's municipality,
     * except for a share of students who live in another one.
     */
    private long generateWithLayout(CohortSink sink) {
        SplittableRandom random = new SplittableRandom(seed);
        int totalPupils = 0;
        for (SchoolSpec spec : layout) {
            sink.school(new School(spec.id(), spec.name(), spec.municipalityCode()));
            totalPupils += spec.pupils();
        }
        int count = studentsExplicit ? students : totalPupils;
        LocalDate start = LocalDate.of(schoolYear, 9, 1);
        LocalDate end = LocalDate.of(schoolYear + 1, 5, 31);
        long observations = 0;
        for (int i = 0; i < count; i++) {
            SplittableRandom r = random.split();
            double risk = Math.pow(r.nextDouble(), 2.5);
            SchoolSpec school = pickSchool(r.nextInt(totalPupils));
            int grade =
                    school.firstGrade() + r.nextInt(school.lastGrade() - school.firstGrade() + 1);
            StudentKey key = new StudentKey(String.format("S%06d", i + 1));
            int birthYear = schoolYear - grade - 6 - (r.nextDouble() < risk * 0.3 ? 1 : 0);
            String residence = school.municipalityCode();
            if (municipalities.size() > 1 && r.nextDouble() < residenceElsewhereShare) {
                List<String> others = new ArrayList<>(municipalities);
                others.remove(residence);
                residence = others.get(r.nextInt(others.size()));
            }
            Student student =
                    new Student(
                            key,
                            YearMonth.of(birthYear, 1 + r.nextInt(12)),
                            school.id(),
                            grade,
                            residence,
                            r.nextDouble() < 0.85 ? "et" : "ru",
                            Map.of(),
                            Map.of("sex", r.nextBoolean() ? "F" : "M"));
            sink.student(student);
            observations += observationsFor(student, risk, r, start, end, sink);
        }
        return observations;
    }

    private SchoolSpec pickSchool(int pupilIndex) {
        int remaining = pupilIndex;
        for (SchoolSpec spec : layout) {
            if (remaining < spec.pupils()) {
                return spec;
            }
            remaining -= spec.pupils();
        }
        throw new IllegalStateException("pupil index beyond the layout");
    }

    private long observationsFor(
            Student student,
            double risk,
            SplittableRandom r,
            LocalDate start,
            LocalDate end,
            CohortSink sink) {
        StudentKey key = student.key();
        long count = 0;
        sink.observation(
                new EnrolmentEvent(
                        key,
                        start,
                        EnrolmentEvent.Type.ENTRY,
                        student.schoolId(),
                        student.grade()));
        count++;
        if (r.nextDouble() < risk * 0.25) {
            sink.observation(
                    new EnrolmentEvent(
                            key,
                            start,
                            EnrolmentEvent.Type.REPEAT,
                            student.schoolId(),
                            student.grade()));
            count++;
        }
        // Absence drifts upward through the year for high-risk students.
        double baseAbsence = 0.02 + 0.25 * risk;
        double drift = risk > 0.5 ? 0.15 * risk : 0.0;
        long totalDays = end.toEpochDay() - start.toEpochDay();
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY
                    || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            double progress = (day.toEpochDay() - start.toEpochDay()) / (double) totalDays;
            double absence = Math.min(0.9, baseAbsence + drift * progress);
            if (lessonsPerDay == 0) {
                sink.observation(
                        new AttendanceEvent(
                                key,
                                day,
                                AttendanceEvent.Scope.DAY,
                                status(r, absence, risk),
                                360));
                count++;
            } else if (wholeDayAbsences) {
                count += lessonsOfDay(key, day, absence, risk, r, sink);
            } else {
                for (int lesson = 0; lesson < lessonsPerDay; lesson++) {
                    sink.observation(
                            new AttendanceEvent(
                                    key,
                                    day,
                                    AttendanceEvent.Scope.LESSON,
                                    status(r, absence, risk),
                                    45));
                    count++;
                }
            }
            if (r.nextDouble() < 0.002 + 0.03 * risk) {
                BehaviourIncident.Severity severity =
                        r.nextDouble() < 0.1 + 0.3 * risk
                                ? BehaviourIncident.Severity.SERIOUS
                                : BehaviourIncident.Severity.MINOR;
                int exclusion =
                        severity == BehaviourIncident.Severity.SERIOUS && r.nextDouble() < 0.2
                                ? 1 + r.nextInt(3)
                                : 0;
                sink.observation(
                        new BehaviourIncident(key, day, severity, "disruption", exclusion));
                count++;
            }
            if (day.getDayOfWeek() == DayOfWeek.FRIDAY && r.nextDouble() < 0.5) {
                String subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
                double ability = 1.0 - risk + r.nextGaussian() * 0.15;
                double value =
                        scale.min()
                                + Math.max(0, Math.min(1, ability)) * (scale.max() - scale.min());
                value = Math.round(value);
                value = Math.max(scale.min(), Math.min(scale.max(), value));
                sink.observation(new Grade(key, day, subject, periodOf(day), value, scale, 0));
                count++;
            }
        }
        if (risk > 0.6 && r.nextDouble() < 0.5) {
            LocalDate supportStart = start.plusDays(60 + r.nextInt(60));
            sink.observation(
                    new SupportMeasure(
                            key,
                            supportStart,
                            null,
                            risk > 0.8 ? SupportTier.ENHANCED : SupportTier.GENERAL,
                            "learning-support",
                            null));
            count++;
        }
        boolean adverse = r.nextDouble() < 0.02 + 0.6 * risk * risk;
        Outcome.Type type = adverse ? Outcome.Type.DROPPED_OUT : Outcome.Type.STILL_ENROLLED;
        sink.observation(new Outcome(key, end.plusDays(30), type));
        return count + 1;
    }

    /**
     * Generates one day's lessons where most absences cover the whole day, as a sick day or a
     * truant day does: with probability {@code 0.7 * absence} every lesson gets one absence status;
     * otherwise single lessons are missed at {@code 0.3 * absence} and the first lesson may be
     * late.
     */
    private int lessonsOfDay(
            StudentKey key,
            LocalDate day,
            double absence,
            double risk,
            SplittableRandom r,
            CohortSink sink) {
        AttendanceStatus wholeDay = null;
        if (r.nextDouble() < 0.7 * absence) {
            wholeDay = absenceStatus(r, risk);
        }
        for (int lesson = 0; lesson < lessonsPerDay; lesson++) {
            AttendanceStatus status;
            if (wholeDay != null) {
                status = wholeDay;
            } else if (r.nextDouble() < 0.3 * absence) {
                status = absenceStatus(r, risk);
            } else if (lesson == 0 && r.nextDouble() < 0.02 + 0.08 * risk) {
                status = AttendanceStatus.LATE;
            } else {
                status = AttendanceStatus.PRESENT;
            }
            sink.observation(
                    new AttendanceEvent(key, day, AttendanceEvent.Scope.LESSON, status, 45));
        }
        return lessonsPerDay;
    }

    private static AttendanceStatus absenceStatus(SplittableRandom r, double risk) {
        double v = r.nextDouble();
        if (v < 0.6 - 0.3 * risk) {
            return AttendanceStatus.EXCUSED;
        }
        return v < 0.9 ? AttendanceStatus.UNEXCUSED : AttendanceStatus.REASON_UNKNOWN;
    }

    private static AttendanceStatus status(SplittableRandom r, double absence, double risk) {
        double u = r.nextDouble();
        if (u < absence) {
            double v = r.nextDouble();
            if (v < 0.5 - 0.3 * risk) {
                return AttendanceStatus.EXCUSED;
            }
            return v < 0.9 ? AttendanceStatus.UNEXCUSED : AttendanceStatus.REASON_UNKNOWN;
        }
        return u < absence + 0.02 + 0.05 * risk ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
    }

    private String periodOf(LocalDate day) {
        int month = day.getMonthValue();
        int quarter = month >= 9 && month <= 10 ? 1 : month >= 11 ? 2 : month <= 3 ? 3 : 4;
        return schoolYear + "/" + (schoolYear + 1 - 2000) + "-Q" + quarter;
    }

    private static String schoolId(int index) {
        return String.format("SCH%02d", index + 1);
    }

    /** Settings for a {@link SyntheticCohort}. Not thread-safe. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private long seed = 1;
        private int students = 200;
        private int schools = 4;
        private int schoolYear = 2025;
        private int lessonsPerDay = 0;
        private GradeScale scale = new GradeScale("ee-1-5", 1, 5, 3);
        private List<String> municipalities = List.of("M1", "M2", "M3");
        private List<SchoolSpec> layout = List.of();
        private double residenceElsewhereShare = 0.0;
        private boolean wholeDayAbsences = false;
        private boolean studentsExplicit = false;

        private Builder() {}

        /**
         * Sets the seed; print it in tests so that a failure can be replayed.
         *
         * @param newSeed the seed
         * @return this builder
         */
        public Builder seed(long newSeed) {
            this.seed = newSeed;
            return this;
        }

        /**
         * Sets the number of students.
         *
         * @param count 1 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is below 1
         */
        public Builder students(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("students must be >= 1, got " + count);
            }
            this.students = count;
            this.studentsExplicit = true;
            return this;
        }

        /**
         * Sets the number of schools.
         *
         * @param count 1 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is below 1
         */
        public Builder schools(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("schools must be >= 1, got " + count);
            }
            this.schools = count;
            return this;
        }

        /**
         * Sets the calendar year in which the school year starts.
         *
         * @param year such as 2025 for 2025/26
         * @return this builder
         */
        public Builder schoolYear(int year) {
            this.schoolYear = year;
            return this;
        }

        /**
         * Sets lesson-level attendance with this many lessons a day, or day-level with 0.
         *
         * @param count 0 to 10
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is out of range
         */
        public Builder lessonsPerDay(int count) {
            if (count < 0 || count > 10) {
                throw new IllegalArgumentException(
                        "lessonsPerDay must be in [0, 10], got " + count);
            }
            this.lessonsPerDay = count;
            return this;
        }

        /**
         * Sets the grade scale.
         *
         * @param newScale the scale; never {@code null}
         * @return this builder
         */
        public Builder gradeScale(GradeScale newScale) {
            this.scale = Objects.requireNonNull(newScale, "gradeScale");
            return this;
        }

        /**
         * Sets the municipality codes students live in and schools stand in.
         *
         * @param codes one or more codes; never {@code null}
         * @return this builder
         * @throws IllegalArgumentException if {@code codes} is empty
         */
        public Builder municipalities(List<String> codes) {
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("municipalities must not be empty");
            }
            this.municipalities = List.copyOf(codes);
            return this;
        }

        /**
         * Sets an explicit school layout in place of {@link #schools(int)} equal schools. Students
         * are spread over the schools in proportion to their pupils, and each gets a grade the
         * school teaches. Without a call to {@link #students(int)} the cohort has as many students
         * as the layout has pupils.
         *
         * @param schoolSpecs one or more schools with distinct ids; never {@code null}
         * @return this builder
         * @throws IllegalArgumentException if the list is empty or two schools share an id
         */
        public Builder schoolLayout(List<SchoolSpec> schoolSpecs) {
            List<SchoolSpec> copy = List.copyOf(schoolSpecs);
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("schoolLayout must not be empty");
            }
            if (copy.stream().map(SchoolSpec::id).distinct().count() != copy.size()) {
                throw new IllegalArgumentException("schoolLayout has two schools with one id");
            }
            this.layout = copy;
            return this;
        }

        /**
         * Sets the share of students who live in another municipality than their school's. Used
         * with {@link #schoolLayout}; the other municipality is drawn from {@link #municipalities}.
         *
         * @param share 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if {@code share} is outside {@code [0, 1]}
         */
        public Builder residenceElsewhereShare(double share) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException(
                        "residenceElsewhereShare must be in [0, 1], got " + share);
            }
            this.residenceElsewhereShare = share;
            return this;
        }

        /**
         * Makes most lesson-level absences cover the whole school day, as sick days and truant days
         * do, with single missed lessons and late first lessons besides. Needs {@link
         * #lessonsPerDay} above 0 to have an effect.
         *
         * @param enabled {@code true} for whole-day absences
         * @return this builder
         */
        public Builder wholeDayAbsences(boolean enabled) {
            this.wholeDayAbsences = enabled;
            return this;
        }

        /**
         * Builds the generator.
         *
         * @return the generator
         */
        public SyntheticCohort build() {
            return new SyntheticCohort(this);
        }
    }
}
