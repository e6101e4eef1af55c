package ee.lim.spi.coordination;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ee.lim.spi.Checks;
import ee.lim.spi.model.Specialist;
import ee.lim.spi.model.StudentKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A case (juhtum): the coordinated support of one student by a team of specialists from several
 * sectors, led by a coordinator at a level of the {@link EscalationLadder}.
 *
 * <p>Instances are immutable and thread-safe; the {@code with...} methods return changed copies and
 * leave state checks to the case service.
 *
 * @param id the case id; never blank
 * @param version the version it was read at, {@code 0} if not stored yet; never negative
 * @param student the student; never {@code null}
 * @param origin how the case was opened; never {@code null}
 * @param openedOn the day it was opened; never {@code null}
 * @param coordinator the specialist who leads the case; never {@code null}
 * @param team the other specialists of the case team, from any sector; never {@code null}, no two
 *     with one id, the coordinator not repeated
 * @param escalationLevel the rank on the escalation ladder, from {@code 1}
 * @param state the state; never {@code null}
 * @param outcome why the case was closed; present exactly when {@code state} is {@link
 *     CaseState#CLOSED}, otherwise {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Case(
        String id,
        long version,
        StudentKey student,
        CaseOrigin origin,
        LocalDate openedOn,
        Specialist coordinator,
        List<Specialist> team,
        int escalationLevel,
        CaseState state,
        ClosingOutcome outcome)
        implements CaseRecord {

    /**
     * Creates the record, validating and copying the fields.
     *
     * @param id the case id; never blank
     * @param version the version it was read at, {@code 0} if not stored yet; never negative
     * @param student the student; never {@code null}
     * @param origin how the case was opened; never {@code null}
     * @param openedOn the day it was opened; never {@code null}
     * @param coordinator the specialist who leads the case; never {@code null}
     * @param team the other specialists of the case team, from any sector; never {@code null}, no
     *     two with one id, the coordinator not repeated
     * @param escalationLevel the rank on the escalation ladder, from {@code 1}
     * @param state the state; never {@code null}
     * @param outcome why the case was closed; present exactly when {@code state} is {@link
     *     CaseState#CLOSED}, otherwise {@code null}
     * @throws ee.lim.spi.InvalidInputException if a field breaks the rule given for it
     */
    public Case {
        Checks.notBlank(id, "Case.id");
        Checks.require(version >= 0, "Case.version", "Case.version must be >= 0, got " + version);
        Checks.present(student, "Case.student");
        Checks.present(origin, "Case.origin");
        Checks.present(openedOn, "Case.openedOn");
        Checks.present(coordinator, "Case.coordinator");
        team = Checks.listOf(team, "Case.team");
        Set<String> ids = new HashSet<>();
        ids.add(coordinator.id());
        for (Specialist member : team) {
            Checks.require(
                    ids.add(member.id()),
                    "Case.team",
                    "Case.team lists specialist "
                            + member.id()
                            + " twice or repeats the coordinator; list each once");
        }
        Checks.inRange(escalationLevel, 1, Integer.MAX_VALUE, "Case.escalationLevel");
        Checks.present(state, "Case.state");
        Checks.require(
                (state == CaseState.CLOSED) == (outcome != null),
                "Case.outcome",
                "Case.outcome must be given exactly when the state is CLOSED, got state "
                        + state
                        + " and outcome "
                        + outcome);
    }

    /**
     * Tells whether a specialist is the coordinator or on the team.
     *
     * @param specialistId the specialist's id; never {@code null}
     * @return {@code true} if the specialist works on the case
     */
    public boolean hasMember(String specialistId) {
        if (coordinator.id().equals(specialistId)) {
            return true;
        }
        for (Specialist member : team) {
            if (member.id().equals(specialistId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the coordinator followed by the team.
     *
     * @return every specialist on the case; never {@code null}
     */
    public List<Specialist> members() {
        List<Specialist> all = new ArrayList<>();
        all.add(coordinator);
        all.addAll(team);
        return List.copyOf(all);
    }

    @Override
    public Case withVersion(long version) {
        return new Case(
                id,
                version,
                student,
                origin,
                openedOn,
                coordinator,
                team,
                escalationLevel,
                state,
                outcome);
    }

    /**
     * Returns a copy with another team.
     *
     * @param team the new team; rules as for the constructor
     * @return the copy; never {@code null}
     */
    public Case withTeam(List<Specialist> team) {
        return new Case(
                id,
                version,
                student,
                origin,
                openedOn,
                coordinator,
                team,
                escalationLevel,
                state,
                outcome);
    }

    /**
     * Returns a copy at another escalation level and coordinator. The former coordinator stays on
     * the team.
     *
     * @param level the new rank
     * @param newCoordinator the coordinator at that level; never {@code null}
     * @return the copy; never {@code null}
     */
    public Case withEscalation(int level, Specialist newCoordinator) {
        List<Specialist> newTeam = new ArrayList<>();
        newTeam.add(coordinator);
        for (Specialist member : team) {
            if (!member.id().equals(newCoordinator.id())) {
                newTeam.add(member);
            }
        }
        return new Case(
                id,
                version,
                student,
                origin,
                openedOn,
                newCoordinator,
                newTeam,
                level,
                state,
                outcome);
    }

    /**
     * Returns a copy in another state. No transition rule is checked here.
     *
     * @param state the new state; never {@code null}
     * @param outcome the closing outcome when {@code state} is {@code CLOSED}, else {@code null}
     * @return the copy; never {@code null}
     */
    public Case withState(CaseState state, ClosingOutcome outcome) {
        return new Case(
                id,
                version,
                student,
                origin,
                openedOn,
                coordinator,
                team,
                escalationLevel,
                state,
                outcome);
    }
}
