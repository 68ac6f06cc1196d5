package io.kairos.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A-22 open redirect: only a plain local path is followed; everything else goes home. */
class SafeRedirectTests {

	@Test
	void localPathsAreKept() {
		for (String path : List.of("/", "/profile", "/login", "/admin/users?q=wang&cursor=MTI", "/admin/audit?actor=a.b_c-d",
				"/admin/users/12", "/login?logout")) {
			assertThat(SafeRedirect.localPath(path)).as(path).isEqualTo(path);
		}
	}

	@Test
	void everythingThatCouldLeaveTheSiteGoesHome() {
		for (String target : List.of("https://evil.test", "http://evil.test/profile", "//evil.test", "///evil.test",
				"////evil.test", "/\\evil.test", "\\\\evil.test", "\\/evil.test", "/\\/evil.test", "https:evil.test",
				"https:/evil.test", "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
				"data:text/html,<script>alert(1)</script>", "%2F%2Fevil.test", "/%2F%2Fevil.test",
				"/%2f%2fevil.test", "/%2f%2Fevil.test", "/%5C%5cevil.test", "/%5Cevil.test", "/%5cevil.test", "%5C%5Cevil.test", "evil.test", "profile",
				" /profile", "\t//evil.test", "/\t/evil.test", "/ /evil.test", "/profile\r\nSet-Cookie: a=b",
				"/profile\nLocation: https://evil.test", "/\u0000/evil.test", "/\u3002evil.test", "//evil.test@kairos",
				"http://localhost.evil.test/", "")) {
			assertThat(SafeRedirect.localPath(target)).as(target).isEqualTo("/");
		}
		assertThat(SafeRedirect.localPath(null)).isEqualTo("/");
	}

}
