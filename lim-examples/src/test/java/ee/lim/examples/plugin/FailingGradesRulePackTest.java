package ee.lim.examples.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.lim.core.Engine;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.model.Grade;
import ee.lim.spi.model.GradeScale;
import ee.lim.spi.model.Observation;
import ee.lim.spi.model.Student;
import ee.lim.spi.model.StudentKey;
import ee.lim.spi.risk.Features;
import ee.lim.spi.risk.Indicator;
import ee.lim.spi.risk.RiskBand;
import ee.lim.spi.risk.RuleContext;
import ee.lim.testkit.IndicatorRulePackContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FailingGradesRulePackTest extends IndicatorRulePackContract {
    private static final GradeScale SCALE = new GradeScale("ee-1-5", 1, 5, 3);
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 10);

    @Override
    protected IndicatorRulePack createPlugin() {
        return new FailingGradesRulePack();
    }

    @Override
    protected List<RuleContext> contexts() {
        return List.of(context(), context(4), context(2), context(2, 1, 5));
    }

    @Override
    protected LocalDate dateInForce() {
        return AS_OF;
    }

    private static RuleContext context(double... grades) {
        StudentKey key = new StudentKey("S000001");
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < grades.length; i++) {
            observations.add(
                    new Grade(key, AS_OF.minusDays(10 + i), "math", "Q1", grades[i], SCALE, 0));
        }
        return new RuleContext(
                Student.of(key, "school-1"),
                AS_OF,
                observations,
                new Features(key, AS_OF, Map.of()),
                null);
    }

    private static Indicator only(RuleContext context) {
        List<Indicator> indicators = new FailingGradesRulePack().evaluate(context);
        assertEquals(1, indicators.size(), "one rule, one indicator");
        return indicators.get(0);
    }

    @Test
    void evaluate_noGrades_none() {
        assertEquals(RiskBand.NONE, only(context()).band());
    }

    @Test
    void evaluate_passingGrade_none() {
        assertEquals(RiskBand.NONE, only(context(4)).band());
    }

    @Test
    void evaluate_oneFailingGrade_watch() {
        Indicator indicator = only(context(2, 4));

        assertEquals(RiskBand.WATCH, indicator.band());
        assertEquals(1.0, indicator.value());
    }

    @Test
    void evaluate_twoFailingGrades_high() {
        Indicator indicator = only(context(2, 1, 5));

        assertEquals(RiskBand.HIGH, indicator.band());
        assertEquals(2.0, indicator.value());
    }

    @Test
    void serviceLoader_findsThePack() {
        Engine engine = Engine.builder().discover().build();

        assertEquals(
                FailingGradesRulePack.class,
                engine.plugin(IndicatorRulePack.class, FailingGradesRulePack.ID).getClass());
    }
}
