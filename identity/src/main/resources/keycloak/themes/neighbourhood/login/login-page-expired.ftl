<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("pageExpiredTitle")}
    <#elseif section = "form">
        <p class="nhsuk-body instruction" id="instruction1">${msg("pageExpiredMsg1")} <a id="loginRestartLink" href="${url.loginRestartFlowUrl}">${msg("pageExpiredRestart")}</a></p>
        <p class="nhsuk-body instruction" id="instruction2">${msg("pageExpiredMsg2")} <a id="loginContinueLink" href="${url.loginAction}">${msg("pageExpiredContinue")}</a></p>
    </#if>
</@layout.registrationLayout>
