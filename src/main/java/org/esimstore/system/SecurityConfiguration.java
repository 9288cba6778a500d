package org.esimstore.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.util.StringUtils;

/**
 * Public catalog, webhooks and documentation; customer endpoints behind a bearer JWT
 * whose subject is the customer id.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper jsonMapper) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> writeProblem(jsonMapper, response,
				HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "A valid bearer token is required.");
		AccessDeniedHandler forbidden = (request, response, ex) -> writeProblem(jsonMapper, response,
				HttpStatus.FORBIDDEN, "FORBIDDEN", "This token does not allow the request.");
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/error", "/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
						"/swagger-ui.html")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/catalog/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/payments/*/webhook", "/api/v1/dancity/webhook",
						"/api/v1/sandbox/tokens")
				.permitAll()
				.requestMatchers("/api/v1/admin/**")
				.denyAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> {
			}).authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
		return http.build();
	}

	@Bean
	JwtDecoder customerJwtDecoder(CustomerTokenProperties properties) {
		NimbusJwtDecoder decoder = createDecoder(properties);
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(StringUtils.hasText(properties.issuerUri())
				? JwtValidators.createDefaultWithIssuer(properties.issuerUri()) : JwtValidators.createDefault());
		validators.add(new JwtClaimValidator<>(JwtClaimNames.SUB, (String subject) -> StringUtils.hasText(subject)));
		validators.add(new JwtClaimValidator<>(JwtClaimNames.EXP, (exp) -> exp != null));
		if (StringUtils.hasText(properties.audience())) {
			validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
					(audience) -> audience != null && audience.contains(properties.audience())));
		}
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
		return decoder;
	}

	private static NimbusJwtDecoder createDecoder(CustomerTokenProperties properties) {
		if (StringUtils.hasText(properties.secret())) {
			byte[] secret = properties.secret().getBytes(StandardCharsets.UTF_8);
			if (secret.length < 32) {
				throw new IllegalStateException("CUSTOMER_JWT_SECRET must be at least 32 bytes long for HS256");
			}
			return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
				.macAlgorithm(MacAlgorithm.HS256)
				.build();
		}
		if (StringUtils.hasText(properties.jwkSetUri())) {
			return NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
		}
		if (StringUtils.hasText(properties.issuerUri())) {
			return NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
		}
		throw new IllegalStateException(
				"Customer tokens cannot be verified: set CUSTOMER_JWT_SECRET, CUSTOMER_JWT_JWK_SET_URI or CUSTOMER_JWT_ISSUER_URI");
	}

	private static void writeProblem(JsonMapper jsonMapper, HttpServletResponse response, HttpStatus status,
			String code, String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("code", code);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		jsonMapper.writeValue(response.getOutputStream(), problem);
	}

}
