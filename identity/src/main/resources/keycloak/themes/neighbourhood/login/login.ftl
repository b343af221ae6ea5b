<#import "template.ftl" as layout>
<#import "nhsuk.ftl" as nhsuk>
<#--
  Username and password on one page, or the password alone once the username is known (identity
  first: the organisation step asks for the username, then this page for the password).
-->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password') fields={"username": "username", "password": "password"}; section>
    <#if section = "header">
        <#if usernameHidden??>${msg("loginPasswordTitle")}<#else>${msg("loginAccountTitle")}</#if>
    <#elseif section = "form">
        <#if realm.password>
            <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
                <#if !usernameHidden??>
                    <@nhsuk.textInput id="username" field="username" label=nhsuk.usernameLabel() value=(login.username!'') autocomplete="username"/>
                </#if>
                <@nhsuk.textInput id="password" field="password" label=msg("password") type="password" autocomplete="current-password"/>
                <input type="hidden" id="id-hidden-input" name="credentialId"<#if auth.selectedCredential?has_content> value="${auth.selectedCredential}"</#if>>
                <button class="nhsuk-button" id="kc-login" name="login" type="submit">${msg("doLogIn")}</button>
            </form>
            <#if realm.resetPasswordAllowed>
                <p class="nhsuk-body"><a id="forgot-password" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
            </#if>
        </#if>
    </#if>
</@layout.registrationLayout>
