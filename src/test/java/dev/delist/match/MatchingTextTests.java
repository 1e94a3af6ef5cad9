package dev.delist.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Normalisation and the developer-name similarity, with the examples docs/matching.md quotes. */
class MatchingTextTests {

	private static final MatchingRules RULES = MatchingRules.defaults();

	private static final NameAnalyzer ANALYZER = new NameAnalyzer(RULES);

	private static final NameSimilarity SIMILARITY = new NameSimilarity(RULES);

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			ＷｅＣｈａｔ                    | wechat
			掃描全能王                      | 扫描全能王
			騰訊QQ                          | 腾讯qq
			Straße                          | strasse
			Alipay - Simplify Your Life     | alipay
			CamScanner HD                   | camscanner
			Cam Scanner                     | camscanner
			扫描全能王 极速版                 | 扫描全能王
			""")
	void titlesFoldToOneCompactForm(String title, String compact) {
		assertThat(ANALYZER.title(title).headCompact()).isEqualTo(compact);
	}

	@ParameterizedTest(name = "{0} ~ {1} = {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Tencent Technology (Shenzhen) Co., Ltd.   | Tencent Technology (Shenzhen) Company Limited | 1.00
			騰訊科技(深圳)有限公司                      | 腾讯科技（深圳）有限公司                        | 1.00
			SMART MEDIA4U TECHNOLOGY PTE LTD          | Smart Media4U Technology Pte. Ltd.            | 1.00
			Smart Media Technology Pte. Ltd.          | Smart Media4U Technology Pte. Ltd.            | 0.00
			Shenzhen Information Technology Co., Ltd. | INTSIG Information Co.,Ltd                    | 0.00
			Information Technology Company Limited    | INTSIG Information Co.,Ltd                    | 0.00
			Bright Star Information Co., Ltd.         | INTSIG Information Co.,Ltd                    | 0.00
			Ant Studio                                | Ant Group                                     | 0.77
			Tencent                                   | Tencent Holdings Ltd.                         | 0.83
			INTSIG Information Co.,Ltd                | IntSig Information Co., Ltd.                  | 1.00
			""")
	void developerNameSimilarity(String listing, String listed, double expected) {
		double score = SIMILARITY.score(ANALYZER.developer(listing).tokens(), ANALYZER.developer(listed).tokens());
		assertThat(score).isCloseTo(expected, within(0.01));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			com.intsig.camscanner.lite | com.intsig.camscanner
			cn.wps.moffice_eng         | cn.wps.moffice
			com.lenovo.anyshare.gps    | com.lenovo.anyshare
			com.zhiliaoapp.musically.go | com.zhiliaoapp.musically
			shareit.lite               | shareit
			com.tencent.mm             | com.tencent.mm
			""")
	void variantStems(String id, String stem) {
		assertThat(new IdentifierRules(RULES).stem(id)).isEqualTo(stem);
	}

	@Test
	void foldsTraditionalChineseOnEveryThreadWithTheOneSharedTransliterator() throws Exception {
		// prepare() as a command calls it, more than once, while normalisers are made and used on several threads
		Matcher.prepare();
		Matcher.prepare();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> folded = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				folded.add(pool.submit(() -> new TextNormalizer(Set.of()).fold("騰訊科技 掃描全能王 ＷｅＣｈａｔ")));
			}
			for (Future<String> one : folded) {
				assertThat(one.get()).isEqualTo("腾讯科技 扫描全能王 wechat");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
