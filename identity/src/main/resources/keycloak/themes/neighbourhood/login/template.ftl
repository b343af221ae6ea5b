<#--
  Every sign-in page as an NHS.UK service page: skip link, NHS header with the service name, one
  main landmark with one h1, the error summary, the page's own form, footer. The macro keeps the
  base theme's name and parameters, so the base pages not overridden here use it as they are.
  fields: the page's fields with an error Keycloak may report, as {"field": "id of its input"};
  each error is listed in the summary with a link to its input, and shown again beside it.
-->
<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false fields={}>
<#assign heading><#nested "header"></#assign>
<#assign fieldErrors = []>
<#if messagesPerField??>
    <#list fields as field, input>
        <#if messagesPerField.existsError(field)>
            <#assign fieldErrors += [{"input": input, "text": messagesPerField.get(field)}]>
        </#if>
    </#list>
</#if>
<#assign pageError = displayMessage && message?has_content && message.type = 'error'>
<#assign hasError = fieldErrors?has_content || pageError>
<!DOCTYPE html>
<html lang="en-GB" class="nhsuk-template">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title><#if hasError>Error: </#if>${heading?markup_string?replace("<[^>]*>", "", "r")?trim?no_esc} – ${msg("serviceName")}</title>
    <#if properties.styles?has_content>
        <#list properties.styles?split(' ') as style>
            <link href="${url.resourcesPath}/${style}" rel="stylesheet">
        </#list>
    </#if>
</head>
<body class="nhsuk-template__body ${bodyClass}" data-page-id="login-${pageId}">
<a class="nhsuk-skip-link" href="#maincontent">${msg("skipToMainContent")}</a>

<header class="nhsuk-header" role="banner">
    <div class="nhsuk-header__container nhsuk-width-container">
        <div class="nhsuk-header__service">
            <span class="nhsuk-header__service-logo">
                <svg class="nhsuk-header__logo" viewBox="0 0 200 80" height="40" width="100" focusable="false" role="img" aria-label="NHS">
                    <title>NHS</title>
                    <path fill="currentcolor" d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"/>
                </svg>
            </span>
            <span class="nhsuk-header__service-name">${msg("serviceName")}</span>
        </div>
    </div>
</header>

<div class="nhsuk-width-container">
    <main class="nhsuk-main-wrapper" id="maincontent" role="main">
        <div class="nhsuk-grid-row">
            <div class="nhsuk-grid-column-two-thirds">
                <#if hasError>
                    <div class="nhsuk-error-summary" id="error-summary" tabindex="-1">
                        <div role="alert">
                            <h2 class="nhsuk-error-summary__heading">${msg("errorSummaryTitle")}</h2>
                            <div class="nhsuk-error-summary__body">
                                <ul class="nhsuk-list nhsuk-error-summary__list">
                                    <#if fieldErrors?has_content>
                                        <#list fieldErrors as error>
                                            <li><a href="#${error.input}">${kcSanitize(error.text)?no_esc}</a></li>
                                        </#list>
                                    <#else>
                                        <li>${kcSanitize(message.summary)?no_esc}</li>
                                    </#if>
                                </ul>
                            </div>
                        </div>
                    </div>
                <#elseif displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
                    <div class="nhsuk-inset-text" id="kc-message">
                        <span class="nhsuk-u-visually-hidden">${msg("informationPrefix")} </span>
                        <p>${kcSanitize(message.summary)?no_esc}</p>
                    </div>
                </#if>

                <h1 class="nhsuk-heading-l" id="kc-page-title">${heading}</h1>

                <#if auth?has_content && auth.showUsername() && !auth.showResetCredentials()>
                    <#nested "show-username">
                    <p class="nhsuk-body" id="kc-username">
                        ${msg("signingInAs")} <strong id="kc-attempted-username">${auth.attemptedUsername}</strong>
                        <a id="reset-login" href="${url.loginRestartFlowUrl}">${msg("restartLogin")}</a>
                    </p>
                </#if>

                <#nested "form">

                <#if auth?has_content && auth.showTryAnotherWayLink()>
                    <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post">
                        <input type="hidden" name="tryAnotherWay" value="on">
                        <button class="nhsuk-link-button" id="try-another-way" type="submit">${msg("doTryAnotherWay")}</button>
                    </form>
                </#if>

                <#if switchOrganizationEnabled?? && switchOrganizationEnabled>
                    <form id="kc-switch-organization-form" action="${url.loginAction}" method="post">
                        <input type="hidden" name="switchOrganization" value="true">
                        <button class="nhsuk-link-button" id="switch-organization" type="submit">${msg("doSwitchOrganization")}</button>
                    </form>
                </#if>

                <#nested "socialProviders">

                <#if displayInfo>
                    <div id="kc-info" class="nhsuk-body">
                        <#nested "info">
                    </div>
                </#if>
            </div>
        </div>
    </main>
</div>

<footer class="nhsuk-footer" role="contentinfo">
    <div class="nhsuk-width-container">
        <div class="nhsuk-footer__meta">
            <p class="nhsuk-body-s">${msg("footerText")}</p>
        </div>
    </div>
</footer>
</body>
</html>
</#macro>
